"""Cases for PERSISTENT_SYMPTOMS_NORMAL_WORKUP, DIAGNOSIS_SYMPTOM_MISMATCH, MAJOR_PROCEDURE_PLANNED, UNTREATABLE_PROGNOSIS."""
from fhirlib import (case, cc, S, I, L, R, P, SCT, ICD, LNC, PAIN, ECOG, PHQ9, GAD7, score, qty)

PS, DM, MP, UP = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS"
PRC = "PATIENT_REPORTED_CONCERN"
NEG = S("260385009", "Negative")
NORMAL = S("17621005", "Normal")


def mds(b, date, bims=None, adl=None, falls=None, enc=None):
    """MDS 3.0-style section scores as the long-term-care exporter sends them (local codes)."""
    out = []
    if bims is not None:
        out.append(b.obs(b.loc("MDS-C0500", "BIMS summary score (MDS 3.0 C0500)"), date, vint=bims, cat="survey", enc=enc))
    if adl is not None:
        out.append(b.obs(b.loc("MDS-GG-SC", "Self-care functional score (MDS 3.0 section GG)"), date, vint=adl, cat="survey", enc=enc))
    if falls is not None:
        out.append(b.obs(b.loc("MORSE", "Morse Fall Scale total"), date, vint=falls, cat="survey", enc=enc))
    return out


# ---------------------------------------------------------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP
@case("O", PS, "positive", [PS],
      "Pelvic pain and dyspareunia recorded at four visits over 11 weeks; ultrasound, MRI, labs and STI panel all normal and no diagnosis made; patient told there is no pathology.",
      "Chronic pelvic pain, four gynaecology visits over 11 weeks, every investigation normal, no diagnosis")
def psnw_pelvic(b):
    b.setup("Leah Marie", "Moreno", "female", "1997-03-14", (("Lindqvist", "Karin", "MD"), ("Abara", "Chidi", "MD")))
    b.cond(S("367498001", "Seasonal allergic rhinitis"), "2012-04-01", note="Loratadine in spring.")
    e1 = b.enc("2026-08-04", S("185389009", "Follow-up visit"), reason=S("30473006", "Pain in pelvis"))
    pain = b.cond(S("30473006", "Pain in pelvis", text="Pelvic pain, central and left-sided"), "2026-08-04", enc=e1,
                  note="Constant dull ache with deep dyspareunia; no relation to cycle documented.")
    b.cond(S("71315007", "Dyspareunia"), "2026-08-04", enc=e1)
    score(b, PAIN, "2026-08-04", 6, enc=e1)
    b.vitals("2026-08-04", 112, 70, 72, 61.4, enc=e1)
    b.panel("cbc", "2026-08-04", {"hgb": 13.4, "wbc": 6.1, "plt": 262}, enc=e1)
    b.lab("crp", "2026-08-04", 1.2, enc=e1)
    b.obs(L("21613-5", "Chlamydia trachomatis DNA [Presence] in Specimen by NAA with probe detection"), "2026-08-04", vcc=NEG, interp="N", enc=e1)
    b.obs(L("24111-7", "Neisseria gonorrhoeae DNA [Presence] in Specimen by NAA with probe detection"), "2026-08-04", vcc=NEG, interp="N", enc=e1)
    b.obs(cc((LNC, "24357-6", "Urinalysis macro (dipstick) panel - Urine"), text="Urinalysis dipstick"),
          "2026-08-04", vstr="Negative for leukocytes, nitrite, blood and protein", interp="N", enc=e1)
    b.lab("hcg", "2026-08-04", 1, enc=e1)
    b.report(P("76830", "Ultrasound, transvaginal"), "2026-08-18", "Normal uterus (7.1 cm) and endometrium. Both ovaries normal with physiological follicles. No adnexal mass, no free fluid. Sliding sign present bilaterally.", ccode=NORMAL)
    e2 = b.enc("2026-09-01", S("185389009", "Follow-up visit"), reason="Pelvic pain persisting")
    score(b, PAIN, "2026-09-01", 6, enc=e2)
    b.obs(cc(text="Pelvic examination"), "2026-09-01", cat="exam", vstr="Normal external genitalia; no cervical motion tenderness; uterus anteverted, normal size, mobile; no adnexal masses or nodularity.", enc=e2)
    b.medstmt(R("7258", "naproxen"), "2026-08-04", dose="500 mg twice daily with food as needed", reasonref=pain)
    e3 = b.enc("2026-09-29", S("185389009", "Follow-up visit"), reason="Pelvic pain persisting")
    score(b, PAIN, "2026-09-29", 7, enc=e3)
    b.report(cc(text="MRI pelvis with and without contrast (endometriosis protocol)"), "2026-10-06",
             "No deep infiltrating endometriosis, no endometrioma, no adenomyosis. Normal bowel and bladder walls. No pelvic venous congestion.", ccode=NORMAL)
    e4 = b.enc("2026-10-20", S("185389009", "Follow-up visit"), reason="Pelvic pain persisting")
    score(b, PAIN, "2026-10-20", 6, enc=e4)
    b.vitals("2026-10-20", 114, 72, 76, 60.8, enc=e4)
    b.note("2026-10-20", "Gynaecology follow-up", """
Fourth visit for pelvic pain and deep dyspareunia since early August. Pain 6/10 today, unchanged despite naproxen.
Transvaginal ultrasound, MRI pelvis, CBC, CRP, urinalysis and chlamydia/gonorrhoea NAAT are all normal. hCG negative.
No diagnosis established. Reassured that no pathology has been found. She is tearful, missing work, and says she
has been told repeatedly that nothing is wrong. Plan: continue NSAID, pelvic floor physiotherapy information given,
review in 8 weeks.""", enc=e4)


@case("S", PS, "positive", [PS],
      "Unplanned transfer and acute admission for urosepsis 8 days after an attending (primary-care) visit for lethargy and poor intake that concluded 'no acute findings' (Singh return-visit e-trigger).",
      "Long-term resident: attending visit 'no acute findings', unplanned hospital admission 8 days later")
def psnw_etrigger(b):
    b.setup("Harold James", "Jensen", "male", "1943-05-02", (("Whitcombe", "Ellen", "MD"), ("Perez", "Rosa", "RN")),
            payer="Medicare", plan="medicare")
    hosp = b.add({"resourceType": "Organization", "active": True, "name": "St. Agnes General Hospital",
                  "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))]}, "hosp")
    b.cond(I("G30.1", "Alzheimer's disease with late onset"), "2023-06-01")
    b.cond(I("I10", "Essential (primary) hypertension"), "2009-01-01")
    b.cond(I("M17.0", "Bilateral primary osteoarthritis of knee"), "2015-01-01")
    b.cond(I("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), "2018-01-01")
    b.episode(cc(text="Long-term care stay"), "2025-02-11")
    mds(b, "2026-08-14", bims=11, adl=28, falls=45)
    b.panel("cbc", "2026-09-02", {"hgbm": 13.8, "wbc": 6.4, "plt": 231})
    b.panel("bmp", "2026-09-02", {"na": 139, "k": 4.3, "crm": 1.0})
    for d in ("2026-10-01", "2026-10-12"):
        b.medadmin(R("135447", "donepezil"), d, "10 mg by mouth at bedtime", dose=(10, "mg"), route=S("26643006", "Oral route"))
    b.medreq(R("17767", "amlodipine"), "2025-02-11", "5 mg by mouth daily", course="continuous")
    e1 = b.enc("2026-10-14", cc(text="Attending physician (primary care) visit"), reason=["Decreased appetite", "Lethargy", "New urinary incontinence"])
    b.vitals("2026-10-14", 118, 64, 96, 71.2, temp=37.6, enc=e1)
    b.note("2026-10-14", "Attending physician visit", """
Nursing reports 3 days of reduced intake, more daytime sleepiness and new urinary incontinence.
Afebrile (37.6), HR 96, BP 118/64. Chest clear, abdomen soft. No acute findings. Likely deconditioning
and dementia progression. Encourage fluids, monitor intake and output, re-evaluate on next round.
No labs ordered at this time.""", enc=e1)
    b.note("2026-10-19", "Nursing shift note", "Resident drowsy, took 30% of meals. Incontinent x3 overnight. Temp 37.9. Attending notified, advised push fluids.",
           typ=("34746-8", "Nurse Note"), author=b.pracs[1])
    e2 = b.enc("2026-10-22", cc(text="Unplanned transfer to acute hospital"), cls="IMP", end="2026-10-28",
               reason="Confusion, fever 38.9, hypotension", admit=("emd", "From accident/emergency"), discharge=("snf", "Skilled nursing facility"))
    b.entries[-1]["resource"]["serviceProvider"] = b.ref(hosp)
    b.cond(I("A41.51", "Sepsis due to Escherichia coli [E. coli]"), "2026-10-22", status="resolved", abated="2026-10-28", cat="encounter-diagnosis", enc=e2)
    b.cond(I("N39.0", "Urinary tract infection, site not specified"), "2026-10-22", status="resolved", abated="2026-11-02", cat="encounter-diagnosis", enc=e2)
    e3 = b.enc("2026-10-28", cc(text="Readmission to facility from hospital"), cls="NONAC", end="2026-10-28")
    b.note("2026-10-28", "Return from hospital", """
Returned from St. Agnes after 6-day admission for E. coli urosepsis with acute kidney injury (creatinine peak 2.1).
Treated with IV ceftriaxone, completing oral cefalexin here. Hospital team noted symptoms likely present at least
a week before transfer.""", enc=e3)
    b.medreq(cc(text="cefalexin 500 mg capsule"), "2026-10-28", "500 mg by mouth every 6 hours for 5 days", status="completed", course="acute")
    mds(b, "2026-11-04", bims=10, adl=24, falls=55)


@case("C", PS, "positive", [PS],
      "New iron-deficiency anaemia (Hb 12.9 to 10.1, MCV 74, ferritin 7) in a 77-year-old survivor with no GI referral, endoscopy, iron or repeat count in the 105 days since (Murphy red-flag e-trigger).",
      "Breast cancer survivor on letrozole: new iron-deficiency anaemia noted and left without follow-up")
def psnw_ida(b):
    b.setup("Margaret Anne", "Olsen", "female", "1949-06-21", (("Hartmann", "Stefan", "MD"), ("Yoon", "Grace", "NP")), payer="Medicare", plan="medicare")
    bc = b.cond(cc((SCT, "254837009", "Malignant neoplasm of breast"), (ICD, "C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast")),
                "2023-02-20", status="remission", stage=cc(text="pT1c pN0(sn) M0, stage IA, ER+/PR+/HER2-"))
    b.cond(I("I10", "Essential (primary) hypertension"), "2008-01-01")
    b.cond(b.loc("DX-OSTEOPENIA", "Osteopenia (DEXA T-score -1.8)"), "2024-03-12")
    b.proc(P("19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), "2023-03-15", reasonref=bc)
    b.note("2023-03-30", "Tumour board summary", "Age 74, pT1c N0, ER/PR positive, HER2 negative. Adjuvant radiotherapy omitted after shared decision (endocrine therapy planned). Letrozole 2.5 mg daily for 5 years.",
           typ=("11488-4", "Consult note"))
    b.medreq(R("72965", "letrozole"), "2023-04-01", "2.5 mg by mouth daily", reasonref=bc, course="continuous")
    b.medreq(R("29046", "lisinopril"), "2019-05-01", "10 mg by mouth daily", course="continuous")
    b.careplan("Survivorship care plan", "2023-04-01", S("734163000", "Care plan"),
               desc="Letrozole to April 2028; annual mammography; DEXA every 2 years; survivorship visit every 6 months.", addresses=[bc],
               acts=[("Annual bilateral mammography", "scheduled"), ("Survivorship clinic review every 6 months", "in-progress")])
    e1 = b.enc("2026-02-10", cc(text="Survivorship clinic visit"))
    b.panel("cbc", "2026-02-10", {"hgb": 12.9, "mcv": 88, "plt": 248}, enc=e1)
    b.vitals("2026-02-10", 128, 76, 70, 66.5, enc=e1)
    b.report(cc(text="Mammogram diagnostic bilateral"), "2026-02-24", "Post-lumpectomy changes right breast, stable. BI-RADS 2, benign.")
    e2 = b.enc("2026-08-18", cc(text="Survivorship clinic visit"))
    b.vitals("2026-08-18", 126, 74, 84, 64.1, enc=e2)
    b.panel("cbc", "2026-08-18", {"hgb": 10.1, "mcv": 74, "plt": 412, "wbc": 6.8}, enc=e2)
    b.panel("iron", "2026-08-18", {"ferr": 7}, enc=e2, conclusion="Iron deficiency pattern.")
    b.panel("cmp", "2026-08-18", {"alp": 92, "alb": 3.9, "cr": 0.8}, enc=e2)
    score(b, ECOG, "2026-08-18", 0, enc=e2)
    b.note("2026-08-18", "Survivorship visit", """
3.5 years from lumpectomy, tolerating letrozole with mild arthralgia. Mild anaemia noted on today's count
(Hb 10.1, MCV 74, ferritin 7). Denies melena or haematochezia; some fatigue. Weight down 2.4 kg since February.
No evidence of recurrence clinically. Will recheck blood count at next survivorship visit in 6 months.
Mammogram February benign. Continue letrozole.""", enc=e2)
    b.sr(cc(text="Survivorship clinic review"), "2026-08-18", intent="plan", when="2027-02-16")


@case("O", PS, "near-miss", [],
      "Pelvic pain with normal imaging for 4 months was then explained by laparoscopically confirmed endometriosis; now treated and improving.",
      "Pelvic pain with normal ultrasound, later explained by endometriosis at laparoscopy")
def psnw_explained(b):
    b.setup("Priya", "Raman", "female", "1995-01-09", (("Lindqvist", "Karin", "MD"), ("Sato", "Ken", "MD")))
    enc = []
    for i, (d, p) in enumerate((("2026-04-07", 6), ("2026-05-12", 7), ("2026-06-16", 7), ("2026-07-14", 7))):
        e = b.enc(d, S("185389009", "Follow-up visit"), reason="Cyclical pelvic pain and dysmenorrhoea")
        enc.append(e)
        score(b, PAIN, d, p, enc=e)
    sym = b.cond(S("30473006", "Pain in pelvis"), "2026-04-07", status="resolved", abated="2026-08-05", enc=enc[0],
                 note="Attributed to endometriosis confirmed at laparoscopy 2026-08-05.")
    b.panel("cbc", "2026-04-07", {"hgb": 12.8, "wbc": 7.0, "plt": 290}, enc=enc[0])
    b.lab("hcg", "2026-04-07", 1, enc=enc[0])
    b.report(P("76830", "Ultrasound, transvaginal"), "2026-04-20", "Normal uterus and ovaries. No endometrioma. No free fluid.", ccode=NORMAL)
    b.vitals("2026-07-14", 108, 68, 70, 57.0, enc=enc[3])
    sr = b.sr(P("49320", "Laparoscopy, abdomen, peritoneum, and omentum, diagnostic"), "2026-07-14", status="completed", reasonref=sym)
    endo = b.cond(S("129103003", "Endometriosis"), "2026-08-05", stage=cc(text="rASRM stage II (mild)"),
                  note="Superficial peritoneal endometriosis, uterosacral ligaments and left ovarian fossa, excised.")
    b.proc(P("58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface by any method"),
           "2026-08-05", reasonref=sym, based=sr, outcome="Uncomplicated day case")
    b.report(cc(text="Surgical pathology"), "2026-08-09", "Peritoneal biopsies, left ovarian fossa and uterosacral ligament: endometriosis (endometrial glands and stroma).",
             cat=("SP", "Surgical Pathology"), ccode=S("129103003", "Endometriosis"))
    b.medreq(R("7514", "norethindrone"), "2026-08-20", "Norethindrone acetate 5 mg by mouth daily", reasonref=endo, course="continuous")
    for d, p in (("2026-09-02", 3), ("2026-11-04", 2)):
        e = b.enc(d, S("185389009", "Follow-up visit"), reason="Post-operative review")
        score(b, PAIN, d, p, enc=e)
    b.note("2026-11-04", "Gynaecology follow-up", """
Three months after laparoscopic excision of stage II endometriosis. Pain 2/10, dysmenorrhoea much improved on
norethindrone acetate. Dyspareunia resolved. Continue hormonal suppression; review in 6 months.""")


@case("S", PS, "near-miss", [],
      "Raised PSA (6.8) in a resident was followed up within 3 weeks by urology review and prostate MRI (PI-RADS 2) with a surveillance plan, so the red flag was acted on.",
      "Raised PSA in a resident, promptly followed up by urology and MRI (benign)")
def psnw_psa_followed(b):
    b.setup("Walter Lee", "Brooks", "male", "1950-09-30", (("Whitcombe", "Ellen", "MD"), ("Adeyemi", "Tunde", "MD")), payer="Medicare", plan="medicare")
    b.cond(I("I10", "Essential (primary) hypertension"), "2010-01-01")
    b.cond(I("E11.9", "Type 2 diabetes mellitus without complications"), "2016-01-01")
    b.cond(I("H90.3", "Sensorineural hearing loss, bilateral"), "2019-01-01")
    b.episode(cc(text="Long-term care stay"), "2024-11-04")
    mds(b, "2026-08-01", bims=14, adl=40, falls=25)
    e1 = b.enc("2026-07-10", cc(text="Attending physician visit"), reason="Annual review")
    b.vitals("2026-07-10", 132, 78, 68, 84.0, enc=e1)
    psa1 = b.lab("psa", "2026-07-10", 6.8, enc=e1)
    b.lab("a1c", "2026-07-10", 6.6, enc=e1)
    b.panel("bmp", "2026-07-10", {"na": 140, "k": 4.5, "crm": 1.1}, enc=e1)
    rp = b.cond(I("R97.20", "Elevated prostate specific antigen [PSA]"), "2026-07-10", enc=e1, evidence=[psa1])
    sr = b.sr(cc(text="Referral to urology"), "2026-07-10", status="completed", reasonref=rp, prio="urgent")
    e2 = b.enc("2026-07-29", cc(text="Urology consultation (visiting urologist)"), pract=b.pracs[1], reason="Raised PSA")
    b.obs(cc(text="Digital rectal examination"), "2026-07-29", cat="exam", vstr="Smooth, symmetrically enlarged prostate, approx. 60 g, no nodules.", enc=e2)
    b.report(cc(text="MRI prostate multiparametric"), "2026-08-12", "Prostate volume 68 mL, PSA density 0.10. Diffuse BPH changes. No focal lesion; PI-RADS 2.")
    b.note("2026-08-19", "Urology follow-up", """
MRI PI-RADS 2, PSA density 0.10, benign-feeling gland. Low likelihood of clinically significant cancer.
Biopsy not recommended. Repeat PSA in 3 months and again at 6 months; re-refer if PSA velocity > 0.75/year.""", author=b.pracs[1])
    b.lab("psa", "2026-10-14", 6.1)
    b.sr(L("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), "2026-10-14", intent="plan", when="2027-01-14", reasonref=rp)
    b.medreq(R("6809", "metformin"), "2016-03-01", "500 mg by mouth twice daily", course="continuous")
    b.medreq(R("29046", "lisinopril"), "2012-03-01", "20 mg by mouth daily", course="continuous")


# ---------------------------------------------------------------- DIAGNOSIS_SYMPTOM_MISMATCH
@case("C", DM, "positive", [DM],
      "Back pain labelled 'mechanical low back pain' for 6 months in a man 7 years after prostatectomy, while PSA rises from undetectable to 4.6 and alkaline phosphatase climbs, with night pain; the label cannot account for them.",
      "Prostate cancer survivor: 'mechanical back pain' label despite rising PSA, ALP and night pain")
def dsm_backpain(b):
    b.setup("Robert Paul", "Kaminski", "male", "1955-02-11", (("Hartmann", "Stefan", "MD"), ("Ibe", "Ngozi", "NP")), payer="Medicare", plan="medicare")
    pc = b.cond(cc((SCT, "399068003", "Malignant tumor of prostate"), (ICD, "C61", "Malignant neoplasm of prostate")), "2019-03-04",
                status="remission", stage=cc(text="Gleason 4+3=7, pT3a pN0, R0"))
    b.proc(S("26294005", "Radical prostatectomy"), "2019-05-20", reasonref=pc)
    b.cond(I("I10", "Essential (primary) hypertension"), "2012-01-01")
    b.cond(S("55822004", "Hyperlipidemia"), "2012-01-01")
    b.lab("psa", "2025-11-04", 0.03, slug="psa0")
    e1 = b.enc("2026-05-12", cc(text="Survivorship clinic visit"), reason="Low back pain for 3 weeks")
    lbp = b.cond(cc((ICD, "M54.50", "Low back pain, unspecified"), (SCT, "279039007", "Low back pain")), "2026-05-12", enc=e1,
                 note="Mechanical low back pain after gardening; lumbar strain. Physiotherapy.")
    score(b, PAIN, "2026-05-12", 5, enc=e1)
    b.obs(L("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), "2026-05-12", 0.08, "ng/mL", hi=0.1, rtext="<0.1 ng/mL after radical prostatectomy", enc=e1)
    b.medreq(R("7258", "naproxen"), "2026-05-12", "500 mg by mouth twice daily", reasonref=lbp)
    b.sr(cc(text="Outpatient physiotherapy, lumbar spine"), "2026-05-12", status="completed", reasonref=lbp)
    e2 = b.enc("2026-09-22", cc(text="Survivorship clinic visit"), reason="Back pain persisting, now waking at night")
    score(b, PAIN, "2026-09-22", 6, enc=e2)
    b.obs(L("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), "2026-09-22", 1.9, "ng/mL", hi=0.1, rtext="<0.1 ng/mL after radical prostatectomy", enc=e2)
    b.lab("alp", "2026-09-22", 168, enc=e2)
    b.lab("ca", "2026-09-22", 10.1, enc=e2)
    b.vitals("2026-09-22", 134, 80, 74, 81.5, enc=e2)
    e3 = b.enc("2026-11-03", cc(text="Survivorship clinic visit"), reason="Back pain")
    score(b, PAIN, "2026-11-03", 6, enc=e3)
    b.obs(L("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), "2026-11-03", 4.6, "ng/mL", hi=0.1, rtext="<0.1 ng/mL after radical prostatectomy", enc=e3)
    b.lab("alp", "2026-11-03", 241, enc=e3)
    b.vitals("2026-11-03", 130, 78, 76, 79.2, enc=e3)
    b.note("2026-11-03", "Survivorship visit", """
Ongoing low back pain, now waking him at night; physio has not helped. Weight 79.2 kg (81.5 in September).
PSA 4.6 (1.9 in September, 0.08 in May). Alkaline phosphatase 241. Back pain felt by his primary care
physician to be mechanical (lumbar strain). Continue naproxen. Repeat PSA in 3 months.""", enc=e3)


@case("O", DM, "positive", [DM],
      "Irritable bowel syndrome (K58.9) carried for 8 months in a 56-year-old postmenopausal woman with persisting bloating, early satiety, weight loss and a CA-125 of 182: a catch-all label that cannot explain a red-flag result.",
      "Postmenopausal woman labelled IBS for 8 months with bloating, weight loss and CA-125 182")
def dsm_ibs(b):
    b.setup("Deborah Jean", "Whitfield", "female", "1970-08-03", (("Castellano", "Marta", "MD"),))
    b.cond(I("Z78.0", "Asymptomatic menopausal state"), "2024-01-15", note="LMP January 2024.")
    b.medreq(cc(text="estradiol 0.05 mg/24 hr transdermal patch"), "2025-02-01", "Apply one patch twice weekly", course="continuous")
    b.medreq(R("8727", "progesterone"), "2025-02-01", "Micronised progesterone 100 mg at night", course="continuous")
    e1 = b.enc("2026-03-17", S("185389009", "Follow-up visit"), reason="Abdominal bloating 2 months")
    ibs = b.cond(cc((ICD, "K58.9", "Irritable bowel syndrome without diarrhea"), (SCT, "10743008", "Irritable bowel syndrome")), "2026-03-17", enc=e1,
                 note="Bloating and altered bowel habit; likely IBS. Dietary advice, psyllium.")
    b.medstmt(cc(text="psyllium husk powder"), "2026-03-17", dose="1 sachet daily", reasonref=ibs)
    b.medstmt(cc(text="peppermint oil 187 mg enteric-coated capsule"), "2026-06-09", dose="1 capsule three times daily", reasonref=ibs)
    b.vitals("2026-03-17", 122, 76, 74, 68.2, enc=e1)
    b.panel("cbc", "2026-03-17", {"hgb": 13.1, "wbc": 6.0, "plt": 305}, enc=e1)
    e2 = b.enc("2026-06-09", S("185389009", "Follow-up visit"), reason="Bloating persisting, early satiety")
    b.vitals("2026-06-09", 120, 74, 78, 66.0, enc=e2)
    e3 = b.enc("2026-09-15", S("185389009", "Follow-up visit"), reason="Bloating, abdominal fullness, urinary frequency")
    b.vitals("2026-09-15", 118, 72, 80, 64.9, enc=e3)
    b.note("2026-09-15", "Menopause clinic follow-up", "Still bloated most days with early satiety; clothes tighter at the waist. IBS symptoms not improved with peppermint oil. Continue current plan.", enc=e3)
    e4 = b.enc("2026-11-10", S("185389009", "Follow-up visit"), reason="Bloating, early satiety, weight loss")
    b.vitals("2026-11-10", 118, 70, 84, 64.1, enc=e4)
    ca = b.lab("ca125", "2026-11-10", 182, enc=e4)
    b.panel("cmp", "2026-11-10", {"alb": 3.4, "alt": 22, "cr": 0.8}, enc=e4)
    b.note("2026-11-10", "Menopause clinic follow-up", """
Ongoing bloating, early satiety, abdominal distension; weight 64.1 kg, down 4.1 kg since March.
IBS diagnosis in March. CA-125 today 182 U/mL. Continue IBS measures. Pelvic ultrasound requested.""", enc=e4)
    b.sr(P("76856", "Ultrasound, pelvic (nonobstetric), real time with image documentation; complete"), "2026-11-10", reasonref=ibs, when="2026-12-14")


@case("B", DM, "positive", [DM],
      "Undifferentiated somatoform disorder (F45.1) held for 10 months while paraesthesias and unsteadiness continue; a later panel shows macrocytic anaemia with low B12 that the label does not account for.",
      "Somatoform disorder label for 10 months while neuropathic symptoms persist and B12 is low with macrocytosis")
def dsm_somatoform(b):
    b.setup("Tomasz", "Nowak", "male", "1982-04-15", (("Bergstrom", "Elin", "MD"), ("Halvorsen", "Jon", "PhD")), lang=("pl", "Polish"))
    e0 = b.enc("2026-02-10", cc(text="Psychiatric diagnostic evaluation"), reason="Referred by PCP: unexplained numbness, fatigue, poor concentration")
    f45 = b.cond(I("F45.1", "Undifferentiated somatoform disorder"), "2026-02-10", enc=e0,
                 note="Multiple somatic complaints (tingling feet, fatigue, memory lapses) with prior normal basic labs per PCP.")
    b.cond(I("F10.10", "Alcohol abuse, uncomplicated"), "2019-01-01", status="remission", note="Abstinent since 2021.")
    score(b, AUDITC_CODE, "2026-02-10", 0, enc=e0)
    score(b, PHQ9, "2026-02-10", 9, enc=e0)
    b.note("2026-02-10", "Psychiatric evaluation", """
44-year-old man referred for somatic symptoms. Describes tingling in both feet, tiredness and forgetting words
for six months. PCP basic panel reportedly normal. Mood low-normal. Impression: undifferentiated somatoform
disorder. Plan: CBT for somatic symptoms, fortnightly then monthly.""", enc=e0)
    for d in ("2026-04-14", "2026-06-16", "2026-08-18"):
        e = b.enc(d, cc(text="Psychotherapy session"), pract=b.pracs[1])
        b.proc(P("90834", "Psychotherapy, 45 minutes with patient"), d, enc=e, reasonref=f45)
    score(b, PHQ9, "2026-06-16", 8)
    b.note("2026-08-18", "CBT session note", "Continues to report numb feet, now 'walking like on cotton wool', and dropping things. Worked on symptom-focused anxiety and reassurance seeking.",
           author=b.pracs[1])
    e4 = b.enc("2026-10-06", cc(text="Medication management visit"))
    b.panel("cbc", "2026-10-06", {"hgbm": 11.2, "mcv": 108, "wbc": 5.1, "plt": 168}, enc=e4)
    b.lab("b12", "2026-10-06", 148, enc=e4)
    b.lab("tsh", "2026-10-06", 2.1, enc=e4)
    score(b, PHQ9, "2026-10-06", 9, enc=e4)
    e5 = b.enc("2026-10-20", cc(text="Psychotherapy session"), pract=b.pracs[1])
    b.proc(P("90834", "Psychotherapy, 45 minutes with patient"), "2026-10-20", enc=e5, reasonref=f45)
    b.impression("2026-10-20", "Somatic symptom burden persists (paraesthesias, unsteady gait, word-finding lapses). Continue CBT for somatoform disorder.",
                 problems=[f45], findings=["Paraesthesia of both feet", "Unsteady gait", "Word-finding lapses"], enc=e5)
    b.medreq(R("36437", "sertraline"), "2026-02-24", "50 mg by mouth daily", reasonref=f45, course="continuous")


AUDITC_CODE = cc((LNC, "75626-2", "Total score [AUDIT-C]"))


@case("S", DM, "near-miss", [],
      "Catch-all 'abdominal pain, unspecified' (R10.9) was resolved after 5 weeks once constipation was treated; pain scores have been 0 since, so no label persists with ongoing symptoms.",
      "Resident with 'abdominal pain, unspecified' that resolved within 6 weeks")
def dsm_resolved(b):
    b.setup("Evelyn Rose", "Price", "female", "1939-11-12", (("Whitcombe", "Ellen", "MD"), ("Perez", "Rosa", "RN")), payer="Medicare", plan="medicare")
    b.cond(I("I10", "Essential (primary) hypertension"), "2001-01-01")
    b.cond(I("M81.0", "Age-related osteoporosis without current pathological fracture"), "2015-01-01")
    b.cond(S("40930008", "Hypothyroidism"), "2004-01-01")
    b.episode(cc(text="Long-term care stay"), "2023-09-01")
    e1 = b.enc("2026-03-02", cc(text="Attending physician visit"), reason="Lower abdominal discomfort")
    b.cond(I("R10.9", "Unspecified abdominal pain"), "2026-03-02", status="resolved", abated="2026-04-08", enc=e1,
           note="Resolved with bowel regimen; related to constipation from reduced mobility.")
    b.cond(I("K59.00", "Constipation, unspecified"), "2026-03-09", status="resolved", abated="2026-04-08")
    score(b, PAIN, "2026-03-02", 4, enc=e1)
    b.medreq(cc(text="polyethylene glycol 3350 powder 17 g"), "2026-03-09", "17 g in 240 mL water daily", course="continuous")
    for d in ("2026-04-08", "2026-06-10", "2026-08-12", "2026-11-04"):
        score(b, PAIN, d, 0, note="Nursing pain assessment: denies pain.")
    mds(b, "2026-05-15", bims=13, adl=31, falls=40)
    mds(b, "2026-08-14", bims=13, adl=31)
    b.panel("cbc", "2026-05-15", {"hgb": 12.6, "wbc": 5.9, "plt": 221})
    b.panel("thyroid", "2026-05-15", {"tsh": 2.4, "ft4": 1.2})
    b.medreq(R("10582", "levothyroxine"), "2004-02-01", "75 mcg by mouth daily before breakfast", course="continuous")
    b.medreq(R("17767", "amlodipine"), "2010-02-01", "5 mg by mouth daily", course="continuous")
    b.medreq(cc(text="alendronate 70 mg tablet"), "2015-02-01", "70 mg by mouth weekly", course="continuous")
    b.medadmin(R("10582", "levothyroxine"), "2026-11-20", "75 mcg by mouth", dose=(75, "ug"), note="MAR: given 06:00")
    b.note("2026-11-04", "Quarterly care conference", "Eating well, bowels regular on daily polyethylene glycol. No abdominal complaints since April. Weight stable 58 kg.")


@case("B", DM, "near-miss", [],
      "Anxiety symptoms initially labelled 'anxiety disorder, unspecified' were fully explained by Graves' disease (TSH <0.01, raised FT4); with methimazole the symptoms and GAD-7 resolved.",
      "Presumed anxiety disorder turned out to be Graves' hyperthyroidism, now treated and well")
def dsm_graves(b):
    b.setup("Jasmine Nicole", "Carter", "female", "1992-07-22", (("Okonkwo", "Ifeanyi", "MD"),))
    e1 = b.enc("2026-06-02", cc(text="Outpatient psychiatric evaluation"), reason="Anxiety, palpitations, insomnia, weight loss")
    anx = b.cond(I("F41.9", "Anxiety disorder, unspecified"), "2026-06-02", status="resolved", abated="2026-06-20", enc=e1,
                 note="Provisional; symptoms subsequently attributed to hyperthyroidism.")
    score(b, GAD7, "2026-06-02", 14, enc=e1)
    b.vitals("2026-06-02", 134, 72, 112, 58.3, enc=e1)
    b.panel("thyroid", "2026-06-05", {"tsh": 0.01, "ft4": 3.9}, conclusion="Suppressed TSH with raised free T4: primary hyperthyroidism.")
    gd = b.cond(cc((ICD, "E05.00", "Thyrotoxicosis with diffuse goiter without thyrotoxic crisis or storm"), (SCT, "353295004", "Graves disease")),
                "2026-06-20", note="TRAb positive; endocrinology (Dr. Mills) managing.")
    b.medreq(R("6835", "methimazole"), "2026-06-22", "20 mg by mouth daily, titrated by endocrinology", reasonref=gd, course="continuous")
    b.medreq(R("8787", "propranolol"), "2026-06-22", "20 mg by mouth three times daily", reasonref=gd, status="completed", end="2026-08-30")
    e2 = b.enc("2026-08-04", cc(text="Medication management visit"))
    score(b, GAD7, "2026-08-04", 9, enc=e2)
    b.vitals("2026-08-04", 122, 74, 88, 60.1, enc=e2)
    e3 = b.enc("2026-10-06", cc(text="Medication management visit"))
    score(b, GAD7, "2026-10-06", 4, enc=e3)
    score(b, PHQ9, "2026-10-06", 3, enc=e3)
    b.vitals("2026-10-06", 118, 72, 74, 61.8, enc=e3)
    b.panel("thyroid", "2026-10-01", {"tsh": 0.9, "ft4": 1.3})
    b.note("2026-10-06", "Psychiatry follow-up", """
Euthyroid on methimazole. Palpitations, tremor and insomnia resolved; weight regained. GAD-7 4.
No primary anxiety disorder; discharged from psychiatry follow-up to PCP and endocrinology.""", enc=e3)


# ---------------------------------------------------------------- MAJOR_PROCEDURE_PLANNED
@case("O", MP, "positive", [MP],
      "Open abdominal myomectomy (CPT 58140) ordered for 2027-01-14 for a 14-week fibroid uterus in a woman wishing to keep fertility; not yet performed.",
      "Symptomatic fibroids: abdominal myomectomy booked for January 2027")
def mpp_myomectomy(b):
    b.setup("Angela Maria", "Ruiz", "female", "1988-02-27", (("Castellano", "Marta", "MD"), ("Brennan", "Orla", "MD")))
    b.cond(cc(text="Parous, G1P1"), "2021-05-01", status="inactive", note="G1P1, SVD 2022.")
    fib = b.cond(cc((ICD, "D25.1", "Intramural leiomyoma of uterus"), (SCT, "95315005", "Uterine leiomyoma")), "2026-06-23")
    b.cond(S("386692008", "Menorrhagia"), "2026-05-01")
    e1 = b.enc("2026-06-23", S("185389009", "Follow-up visit"), reason="Heavy menstrual bleeding, pelvic pressure")
    b.vitals("2026-06-23", 118, 76, 72, 70.4, enc=e1)
    b.panel("cbc", "2026-06-23", {"hgb": 12.2, "mcv": 84, "plt": 318}, enc=e1)
    b.lab("ferr", "2026-06-23", 18, enc=e1)
    b.report(P("76830", "Ultrasound, transvaginal"), "2026-07-02", "Enlarged fibroid uterus; at least three intramural fibroids, largest 7.6 cm fundal.")
    b.report(cc(text="MRI pelvis with and without contrast"), "2026-09-30", "Uterus 14-week size. Three intramural leiomyomas (7.8, 4.2, 3.1 cm), no degeneration or features of sarcoma. Normal ovaries.")
    b.medreq(R("10691", "tranexamic acid"), "2026-06-23", "1300 mg by mouth three times daily for up to 5 days during menses", reasonref=fib)
    e2 = b.enc("2026-10-14", S("185389009", "Follow-up visit"), reason="Surgical planning")
    b.note("2026-10-14", "Pre-operative counselling", """
Desires future pregnancy; declines hysterectomy and uterine artery embolisation. Counselled on abdominal
myomectomy: bleeding, transfusion, conversion to hysterectomy, adhesions, need for caesarean in future
pregnancy. Consent signed. Surgery scheduled 14 January 2027, Harbour General main theatre.""", enc=e2)
    b.sr(P("58140", "Myomectomy, excision of fibroid tumor(s) of uterus, 1 to 4 intramural myoma(s) with total weight of 250 g or less and/or removal of surface myomas; abdominal approach"),
         "2026-10-14", when="2027-01-14T07:30:00-08:00", reasonref=fib, enc=e2, performer={"reference": b.pracs[1]},
         cat=S("387713003", "Surgical procedure"))
    b.sr(cc(text="Pre-anaesthesia assessment"), "2026-10-14", when="2026-12-17", enc=e2)
    b.vitals("2026-10-14", 116, 74, 70, 70.9, enc=e2)


@case("S", MP, "positive", [MP],
      "Heart team recommends transfemoral TAVR for severe aortic stenosis; procedure ordered for 2027-01-08 with work-up CT done, not yet performed.",
      "Rehab resident with severe aortic stenosis awaiting TAVR in January")
def mpp_tavr(b):
    b.setup("Frank Anthony", "DeLuca", "male", "1944-06-18", (("Whitcombe", "Ellen", "MD"), ("Sharma", "Vikram", "MD")), payer="Medicare", plan="medicare")
    hosp = b.add({"resourceType": "Organization", "active": True, "name": "Regional Heart Institute"}, "rhi")
    aos = b.cond(cc((ICD, "I35.0", "Nonrheumatic aortic (valve) stenosis"), (SCT, "60573004", "Aortic valve stenosis")), "2026-09-16", severity=("24484000", "Severe"))
    b.cond(I("I10", "Essential (primary) hypertension"), "2005-01-01")
    b.cond(I("N18.31", "Chronic kidney disease, stage 3a"), "2021-01-01")
    b.cond(I("E11.9", "Type 2 diabetes mellitus without complications"), "2012-01-01")
    b.episode(cc(text="Short-term rehabilitation stay"), "2026-09-25")
    b.report(cc(text="Transthoracic echocardiogram"), "2026-09-20", "Severe calcific aortic stenosis: AVA 0.7 cm2, mean gradient 48 mmHg, Vmax 4.5 m/s. LVEF 55%. No significant mitral disease.")
    e1 = b.enc("2026-09-25", cc(text="Admission to skilled nursing for rehabilitation"), cls="NONAC", end="2026-09-25")
    mds(b, "2026-09-28", bims=15, adl=30, falls=45)
    b.panel("bmp", "2026-09-28", {"na": 137, "k": 4.6, "crm": 1.4, "egfr": 49}, enc=e1)
    b.lab("a1c", "2026-09-28", 6.9)
    for d, s, dd, w in (("2026-10-05", 124, 68, 77.8), ("2026-11-02", 126, 70, 78.1)):
        b.vitals(d, s, dd, 68, w)
    b.note("2026-10-28", "Structural heart team summary", """
82-year-old with symptomatic severe aortic stenosis (exertional dyspnoea, presyncope). STS PROM 4.1%.
Heart team consensus: transfemoral TAVR preferred over surgical AVR given age and frailty.
Pre-procedure CTA completed; iliofemoral access adequate. Procedure scheduled 8 January 2027.""", typ=("11488-4", "Consult note"), author=b.pracs[1])
    b.proc(cc(text="CT angiography chest, abdomen and pelvis (TAVR protocol)"), "2026-11-12", reasonref=aos)
    b.sr(P("33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"),
         "2026-10-28", when="2027-01-08", reasonref=aos, performer={"reference": hosp, "display": "Regional Heart Institute structural heart team"},
         cat=S("387713003", "Surgical procedure"))
    b.medreq(R("6809", "metformin"), "2012-03-01", "500 mg by mouth twice daily", course="continuous")
    b.medreq(R("83367", "atorvastatin"), "2015-01-01", "40 mg by mouth at bedtime", course="continuous")
    b.medreq(R("4603", "furosemide"), "2026-09-25", "20 mg by mouth daily", course="continuous")
    b.medadmin(R("4603", "furosemide"), "2026-11-20", "20 mg by mouth", dose=(20, "mg"), note="MAR: given 08:00")


@case("B", MP, "positive", [MP],
      "Laparoscopic sleeve gastrectomy is planned (bariatric surgery request on hold pending psychological clearance, which was granted); the operation has not been done.",
      "Pre-bariatric psychological evaluation cleared; sleeve gastrectomy planned for early 2027")
def mpp_sleeve(b):
    b.setup("Marcus Allen", "Hill", "male", "1985-10-03", (("Bergstrom", "Elin", "MD"), ("Halvorsen", "Jon", "PhD")))
    b.cond(I("F33.42", "Major depressive disorder, recurrent, in full remission"), "2017-01-01")
    ob = b.cond(I("E66.01", "Morbid (severe) obesity due to excess calories"), "2015-01-01")
    b.cond(I("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2022-05-01")
    b.medreq(R("36437", "sertraline"), "2018-01-01", "100 mg by mouth daily", course="continuous")
    sr = b.sr(P("43775", "Laparoscopy, surgical, gastric restrictive procedure; longitudinal gastrectomy (ie, sleeve gastrectomy)"), "2026-09-08",
              status="on-hold", intent="plan", reasonref=ob, when="2027-02-09", performer="Lakeshore Bariatric Surgery Center",
              note="Awaiting pre-operative psychological clearance and insurance authorisation.")
    e1 = b.enc("2026-10-13", cc(text="Pre-bariatric psychological evaluation"), pract=b.pracs[1], reason="Psychological evaluation before bariatric surgery")
    score(b, PHQ9, "2026-10-13", 3, enc=e1)
    score(b, GAD7, "2026-10-13", 2, enc=e1)
    score(b, AUDITC_CODE, "2026-10-13", 1, enc=e1)
    b.obs(cc(text="Binge Eating Scale total score"), "2026-10-13", vint=9, cat="survey", enc=e1)
    b.vitals("2026-10-13", 136, 84, 80, 142.5, enc=e1)
    b.obs(L("39156-5", "Body mass index (BMI) [Ratio]"), "2026-10-13", 44.1, "kg/m2", cat="vital-signs", enc=e1)
    b.note("2026-10-13", "Pre-bariatric psychological evaluation", """
Referred by Lakeshore Bariatric Surgery Center before laparoscopic sleeve gastrectomy. Depression in full remission
on sertraline for 3 years. No binge eating disorder, no substance use disorder. Good understanding of post-operative
diet and lifelong follow-up. Cleared from a psychological standpoint for sleeve gastrectomy.""", enc=e1, author=b.pracs[1])
    for d in ("2026-06-09", "2026-09-01"):
        e = b.enc(d, cc(text="Medication management visit"))
        score(b, PHQ9, d, 4, enc=e)
    b.comm("2026-10-15", "Psychological clearance letter sent to Lakeshore Bariatric Surgery Center.", sender=b.pracs[1], recipient=b.pracs[0], about=[sr])


@case("C", MP, "near-miss", [],
      "Only a 4 mm punch biopsy of a new atypical naevus is planned in a melanoma survivor: a minor office procedure, not major or invasive surgery.",
      "Melanoma survivor with a punch biopsy of a new mole scheduled")
def mpp_punch(b):
    b.setup("Daniel Joseph", "Foster", "male", "1968-12-05", (("Aaltonen", "Mikko", "MD"), ("Ibe", "Ngozi", "NP")))
    mel = b.cond(I("C43.59", "Malignant melanoma of other part of trunk"), "2023-05-22",
                 status="remission", stage=cc(text="pT2a N0 (SLNB 0/2) M0, stage IB; Breslow 1.4 mm"))
    b.proc(cc(text="Wide local excision of melanoma, upper back, with sentinel lymph node biopsy"), "2023-06-14", reasonref=mel)
    b.cond(S("55822004", "Hyperlipidemia"), "2018-01-01")
    b.medreq(R("83367", "atorvastatin"), "2018-02-01", "20 mg by mouth daily", course="continuous")
    for d in ("2026-05-19", "2026-11-17"):
        e = b.enc(d, cc(text="Melanoma surveillance visit"))
        b.vitals(d, 128, 80, 66, 86.0, enc=e)
        score(b, ECOG, d, 0, enc=e)
    b.panel("cmp", "2026-05-19", {"alt": 28, "alp": 81, "cr": 1.0})
    b.report(cc(text="CT chest abdomen pelvis with contrast"), "2026-05-26", "No evidence of metastatic disease. Stable 3 mm left lower lobe nodule (unchanged since 2023).")
    les = b.cond(cc(text="Atypical melanocytic naevus, left forearm (new since May)"), "2026-11-17",
                 body=S("66480008", "Structure of left forearm"))
    b.obs(cc(text="Dermoscopy"), "2026-11-17", cat="exam", vstr="6 mm asymmetric naevus with irregular network at one pole; no regression structures.")
    b.sr(P("11104", "Punch biopsy of skin (including simple closure, when performed); single lesion"), "2026-11-17", when="2026-12-03", reasonref=les,
         note="Clinic procedure room, local anaesthesia, 4 mm punch.")
    b.note("2026-11-17", "Surveillance visit", "3.5 years from stage IB melanoma, no evidence of recurrence. New 6 mm naevus left forearm with atypical dermoscopy; punch biopsy booked in clinic 3 December. Next CT in May.")


@case("O", MP, "near-miss", [],
      "The laparoscopic ovarian cystectomy was already performed on 2026-10-20 (request completed, benign dermoid on pathology); nothing major is pending.",
      "Ovarian dermoid: laparoscopic cystectomy already done, benign pathology, post-op review")
def mpp_done(b):
    b.setup("Hannah Louise", "Schultz", "female", "1999-05-11", (("Brennan", "Orla", "MD"),))
    e1 = b.enc("2026-07-21", S("185389009", "Follow-up visit"), reason="Right-sided pelvic discomfort")
    cyst = b.cond(I("D27.0", "Benign neoplasm of right ovary", text="Right ovarian dermoid cyst"), "2026-07-28",
                  status="resolved", abated="2026-10-20")
    b.report(P("76830", "Ultrasound, transvaginal"), "2026-07-28", "Right ovarian 6.1 cm complex cyst with echogenic nodule and fat-fluid level, typical of mature cystic teratoma. Left ovary normal.")
    b.panel("cbc", "2026-07-28", {"hgb": 13.0, "wbc": 6.6, "plt": 254})
    b.lab("hcg", "2026-07-28", 1)
    b.lab("ca125", "2026-07-28", 18)
    sr = b.sr(P("58661", "Laparoscopy, surgical; with removal of adnexal structures (partial or total oophorectomy and/or salpingectomy)"), "2026-08-04",
              status="completed", reasonref=cyst, note="Ovarian-sparing cystectomy intended.")
    b.vitals("2026-08-04", 108, 66, 70, 59.2)
    e2 = b.enc("2026-10-20", cc(text="Day-case surgery"), cls="AMB", reason="Laparoscopic right ovarian cystectomy")
    b.proc(cc(text="Laparoscopic right ovarian cystectomy (ovary conserved)"), "2026-10-20", enc=e2, reasonref=cyst, based=sr, outcome="Uncomplicated; discharged same day")
    b.report(cc(text="Surgical pathology"), "2026-10-24", "Right ovarian cyst: mature cystic teratoma. No immature elements. Benign.", cat=("SP", "Surgical Pathology"))
    b.medreq(R("161", "acetaminophen"), "2026-10-20", "1 g by mouth every 6 hours as needed for 5 days", status="completed", course="acute")
    e3 = b.enc("2026-11-03", cc(text="Post-operative review"))
    b.vitals("2026-11-03", 110, 68, 68, 59.0, enc=e3)
    b.note("2026-11-03", "Post-operative review", "Two weeks after laparoscopic right ovarian cystectomy. Port sites healed. Pathology benign mature cystic teratoma. Discharged to routine care; annual review.", enc=e3)
    b.medstmt(cc(text="levonorgestrel 0.15 mg / ethinyl estradiol 0.03 mg tablet"), "2021-01-01", dose="1 tablet daily")


# ---------------------------------------------------------------- UNTREATABLE_PROGNOSIS
@case("C", UP, "positive", [UP, PRC],
      "Stage IVB lung adenocarcinoma, ECOG 3, no targetable driver: tumour board says no systemic or local treatment options and refers to hospice; no second opinion yet. The patient also messages asking for a second opinion.",
      "Stage IV lung cancer judged unfit for any treatment, hospice referral; patient asks for a second opinion")
def up_nsclc(b):
    b.setup("George Henry", "Whitaker", "male", "1952-01-30", (("Lindgren", "Paula", "MD"), ("Mensah", "Kojo", "MD")), payer="Medicare", plan="medicare")
    ca = b.cond(cc((SCT, "254637007", "Non-small cell lung cancer"), (ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")), "2026-09-08",
                stage=cc(text="cT3 N2 M1c, stage IVB (AJCC 8th): liver, adrenal and bone metastases"))
    b.cond(S("13645005", "Chronic obstructive lung disease"), "2014-01-01")
    b.cond(I("I10", "Essential (primary) hypertension"), "2010-01-01")
    b.report(cc(text="CT-guided biopsy right upper lobe, pathology"), "2026-09-08", "Adenocarcinoma, TTF-1 positive.", cat=("SP", "Surgical Pathology"))
    b.report(cc(text="Next-generation sequencing solid tumour panel and PD-L1 (22C3)"), "2026-09-25",
             "No EGFR, ALK, ROS1, BRAF, MET, RET, NTRK or KRAS G12C alteration. PD-L1 TPS <1%.", cat=("GE", "Genetics"))
    b.report(cc(text="PET-CT skull base to mid-thigh"), "2026-09-15", "Right upper lobe mass 5.8 cm; mediastinal nodes; multiple liver, left adrenal and vertebral metastases.")
    for d, v in (("2026-09-22", 2), ("2026-10-13", 3), ("2026-11-10", 3)):
        e = b.enc(d, cc(text="Thoracic oncology clinic"))
        score(b, ECOG, d, v, enc=e)
        b.vitals(d, 122, 70, 96, {"2026-09-22": 68.0, "2026-10-13": 65.2, "2026-11-10": 63.0}[d], spo2=92, enc=e)
    b.panel("cmp", "2026-10-13", {"alb": 2.8, "alp": 210, "alt": 64, "cr": 1.2, "ca": 10.0})
    b.note("2026-10-15", "Thoracic tumour board", """
74-year-old, stage IVB lung adenocarcinoma, no actionable driver, PD-L1 <1%. ECOG 3 and declining, albumin 2.8.
Board consensus: not fit for chemotherapy, chemo-immunotherapy or radiotherapy; no anticancer treatment options.
Recommend best supportive care and hospice referral. Palliative radiotherapy only if painful bone disease develops.""",
           typ=("11488-4", "Consult note"), author=b.pracs[1])
    b.sr(S("306237005", "Referral to palliative care service", text="Referral to hospice (home hospice program)"), "2026-11-10", reasonref=ca)
    b.medreq(R("7052", "morphine"), "2026-11-10", "Morphine sulfate immediate release 5 mg by mouth every 4 hours as needed for pain or dyspnoea", reasonref=ca)
    b.medreq(R("69120", "tiotropium"), "2014-02-01", "18 mcg inhaled daily", course="continuous")
    b.comm("2026-11-18", "Dr. Lindgren, my family and I would like a second opinion from another lung cancer center about whether any treatment at all is possible before I sign on with hospice. Can you send my scans and biopsy results?",
           cat=cc(text="Patient portal message"), medium=("ELECTRONIC", "electronic data"))


@case("S", UP, "positive", [UP],
      "End-stage heart failure (HFrEF, two admissions in 3 months): cardiology states no further disease-directed options and an active hospice care plan is in place; no second opinion on record.",
      "Resident with end-stage heart failure on hospice after cardiology says no options remain")
def up_hf(b):
    b.setup("Dorothy May", "Adams", "female", "1935-03-08", (("Whitcombe", "Ellen", "MD"), ("Perez", "Rosa", "RN")), payer="Medicare", plan="medicare")
    hf = b.cond(I("I50.22", "Chronic systolic (congestive) heart failure"), "2019-06-01", severity=("24484000", "Severe"), stage=cc(text="NYHA class IV, ACC/AHA stage D"))
    b.cond(I("I48.21", "Permanent atrial fibrillation"), "2017-01-01")
    b.cond(I("N18.4", "Chronic kidney disease, stage 4 (severe)"), "2024-01-01")
    b.cond(S("40930008", "Hypothyroidism"), "2000-01-01")
    b.episode(cc(text="Long-term care stay"), "2025-06-10")
    for s, e_, r in (("2026-08-03", "2026-08-09", "Acute on chronic systolic heart failure"), ("2026-10-12", "2026-10-19", "Acute on chronic systolic heart failure")):
        b.enc(s, cc(text="Transfer to acute hospital"), cls="IMP", end=e_, reason=r, admit=("emd", "From accident/emergency"), discharge=("snf", "Skilled nursing facility"))
    b.report(cc(text="Transthoracic echocardiogram"), "2026-10-14", "LVEF 15-20%, severe global hypokinesis, moderate-severe functional MR, RVSP 58 mmHg.")
    b.lab("bnp", "2026-10-18", 6400)
    b.panel("bmp", "2026-10-18", {"na": 131, "k": 5.0, "crm": 2.3, "egfr": 19})
    mds(b, "2026-10-22", bims=12, adl=14, falls=65)
    b.note("2026-11-03", "Goals-of-care conference", """
Present: resident, daughter (health care proxy), Dr. Whitcombe, cardiology (by video), hospice liaison.
Cardiology: LVEF 15-20%, two admissions in 3 months despite maximally tolerated therapy; not a candidate for
advanced heart failure therapies (no LVAD/transplant, inotropes declined). No further disease-directed treatment
options. Resident chooses comfort-focused care. DNR/DNI, no further hospital transfers. Hospice election signed.""")
    b.careplan("Hospice plan of care", "2026-11-05", S("385763009", "Hospice care"), addresses=[hf],
               desc="Comfort-focused care for end-stage heart failure; symptom management for dyspnoea and oedema.",
               acts=[("Morphine for dyspnoea as needed", "in-progress"), ("Hospice nurse visits twice weekly", "scheduled"), ("Chaplain visit", "scheduled")])
    b.medreq(R("4603", "furosemide"), "2026-10-19", "40 mg by mouth twice daily", reasonref=hf, course="continuous")
    b.medreq(R("7052", "morphine"), "2026-11-05", "Morphine oral solution 2.5 mg every 4 hours as needed for dyspnoea", reasonref=hf)
    for d in ("2026-11-20", "2026-11-27"):
        b.medadmin(R("7052", "morphine"), d, "2.5 mg oral solution", dose=(2.5, "mg"), note="PRN for dyspnoea; effective")
    b.vitals("2026-11-20", 96, 58, 88, 54.0, spo2=91)


@case("O", UP, "positive", [UP],
      "Recurrent cervical cancer after chemoradiation with sidewall and lung disease; the gynaecological oncology note states she is not a candidate for exenteration, re-irradiation or systemic therapy and no cancer-directed options remain. Signal only in the note.",
      "Recurrent cervical cancer: clinic note says no cancer-directed treatment options remain")
def up_cervix(b):
    b.setup("Rosa Elena", "Jimenez", "female", "1974-09-19", (("Novak", "Irena", "MD"), ("Brennan", "Orla", "MD")), lang=("es", "Spanish"), plan="medicaid", payer="Oregon Health Plan")
    cx = b.cond(cc((SCT, "363354003", "Malignant tumor of cervix"), (ICD, "C53.0", "Malignant neoplasm of endocervix")), "2023-11-20",
                stage=cc(text="FIGO 2018 IIB squamous cell carcinoma; pelvic sidewall recurrence with lung metastases 09/2026"))
    b.proc(cc(text="Concurrent weekly cisplatin with external-beam pelvic radiotherapy and HDR brachytherapy"), "2024-01-08", end="2024-03-01", reasonref=cx,
           outcome="Complete metabolic response on PET 06/2024")
    b.report(cc(text="PET-CT skull base to mid-thigh"), "2026-09-28", "Recurrent left pelvic sidewall mass 5.2 cm encasing external iliac vessels and left ureter with hydronephrosis; new bilateral lung nodules up to 1.4 cm.")
    b.cond(S("43064006", "Hydronephrosis", text="Left hydronephrosis from tumour obstruction"), "2026-09-28")
    b.proc(cc(text="Percutaneous nephrostomy, left"), "2026-10-02", outcome="Drainage established")
    b.panel("cmp", "2026-10-16", {"cr": 2.4, "alb": 2.9, "alt": 19})
    b.panel("cbc", "2026-10-16", {"hgb": 9.4, "wbc": 7.2, "plt": 380})
    e1 = b.enc("2026-10-20", cc(text="Gynaecological oncology clinic"))
    score(b, ECOG, "2026-10-20", 3, enc=e1)
    b.vitals("2026-10-20", 104, 64, 102, 49.5, enc=e1)
    score(b, PAIN, "2026-10-20", 7, enc=e1)
    b.medreq(cc(text="oxycodone 5 mg tablet"), "2026-10-20", "5-10 mg by mouth every 4 hours as needed for pain", reasonref=cx)
    b.note("2026-10-20", "Gynaecological oncology consultation", """
Recurrent squamous cell carcinoma of the cervix 2.5 years after chemoradiation: left pelvic sidewall recurrence
encasing the iliac vessels plus lung metastases. Not a candidate for pelvic exenteration (sidewall fixation and
distant disease). Re-irradiation not feasible in the previously treated field. ECOG 3, creatinine 2.4 despite
nephrostomy, albumin 2.9: not fit for systemic therapy. There are no cancer-directed treatment options. Focus on
pain control and comfort. Discussed with patient and her sister with Spanish interpreter.""", enc=e1)
    e2 = b.enc("2026-11-17", cc(text="Gynaecological oncology clinic"))
    score(b, PAIN, "2026-11-17", 5, enc=e2)
    score(b, ECOG, "2026-11-17", 3, enc=e2)


@case("C", UP, "near-miss", [],
      "Metastatic pancreatic cancer managed with best supportive care and palliative referral, but an outside second opinion (2026-09-24) already concurred, so the flag is suppressed.",
      "Metastatic pancreatic cancer on best supportive care, outside second opinion already obtained")
def up_second(b):
    b.setup("Linda Sue", "Park", "female", "1959-04-04", (("Lindgren", "Paula", "MD"), ("Mensah", "Kojo", "MD")), payer="Medicare", plan="medicare")
    pc = b.cond(cc((SCT, "363418001", "Malignant tumor of pancreas"), (ICD, "C25.0", "Malignant neoplasm of head of pancreas")), "2026-08-11",
                stage=cc(text="cT4 N1 M1 (multiple liver metastases), stage IV"))
    b.cond(I("E11.9", "Type 2 diabetes mellitus without complications"), "2020-01-01")
    b.proc(cc(text="ERCP with biliary metal stent placement"), "2026-08-06", outcome="Biliary obstruction relieved")
    b.report(cc(text="EUS-guided fine needle biopsy, pancreatic head"), "2026-08-11", "Adenocarcinoma, moderately differentiated.", cat=("SP", "Surgical Pathology"))
    b.report(cc(text="CT chest abdomen pelvis with contrast"), "2026-08-14", "3.9 cm pancreatic head mass encasing SMA; at least eight liver metastases; small-volume ascites.")
    for d, v in (("2026-08-20", 3), ("2026-10-08", 3), ("2026-11-12", 3)):
        e = b.enc(d, cc(text="GI oncology clinic"))
        score(b, ECOG, d, v, enc=e)
    b.panel("cmp", "2026-08-20", {"alb": 2.6, "alt": 88, "alp": 390, "cr": 0.9})
    b.lab("glu", "2026-08-20", 188)
    b.note("2026-09-03", "GI tumour board", "Stage IV pancreatic adenocarcinoma, ECOG 3, albumin 2.6. Not fit for FOLFIRINOX or gemcitabine-based therapy. No anticancer treatment options; best supportive care. Palliative care referral.",
           typ=("11488-4", "Consult note"), author=b.pracs[1])
    b.sr(S("306237005", "Referral to palliative care service"), "2026-09-03", status="completed", reasonref=pc)
    b.note("2026-09-24", "Outside second opinion - Lakeshore University Cancer Institute", """
Second opinion consultation at the patient's request, GI oncology, Lakeshore University Cancer Institute.
Records, imaging and pathology reviewed; patient examined. Agree with best supportive care: performance status
and hepatic reserve preclude chemotherapy; no clinical study options. Recommendations communicated to Dr. Lindgren.""",
           typ=("11488-4", "Consult note"))
    b.careplan("Palliative care plan", "2026-09-10", cc(text="Palliative care"), addresses=[pc],
               acts=[("Pain and symptom management", "in-progress"), ("Pancreatic enzyme replacement", "in-progress")])
    b.medreq(cc(text="pancrelipase 24,000 lipase units capsule"), "2026-09-10", "2 capsules with meals, 1 with snacks", reasonref=pc)
    b.medreq(cc(text="insulin glargine 100 units/mL"), "2026-08-20", "10 units subcutaneously at bedtime", course="continuous")


@case("S", UP, "near-miss", [],
      "Resident with COPD has a DNR/POLST advance directive but elects full treatment otherwise; no palliative or hospice plan and no statement that treatment options are exhausted.",
      "COPD resident with DNR order but full active treatment")
def up_dnr(b):
    b.setup("Albert John", "Novak", "male", "1947-02-14", (("Whitcombe", "Ellen", "MD"), ("Perez", "Rosa", "RN")), payer="Medicare", plan="medicare")
    copd = b.cond(S("13645005", "Chronic obstructive lung disease", text="COPD, GOLD 3"), "2012-01-01")
    b.cond(I("I10", "Essential (primary) hypertension"), "2008-01-01")
    b.cond(I("M17.11", "Unilateral primary osteoarthritis, right knee"), "2016-01-01")
    b.episode(cc(text="Long-term care stay"), "2025-04-15")
    b.obs(cc((LNC, "20150-9", "FEV1"), text="FEV1 % predicted"), "2026-05-20", 52, "%", cat="procedure")
    e1 = b.enc("2026-06-14", cc(text="Attending physician visit"), reason="COPD exacerbation")
    b.cond(I("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), "2026-06-14", status="resolved", abated="2026-06-24", cat="encounter-diagnosis", enc=e1)
    b.medreq(R("8640", "prednisone"), "2026-06-14", "40 mg by mouth daily for 5 days", status="completed", course="acute")
    b.medreq(cc(text="budesonide/glycopyrrolate/formoterol 160/9/4.8 mcg inhaler"), "2024-01-01", "2 puffs inhaled twice daily", reasonref=copd, course="continuous")
    b.medreq(R("435", "albuterol"), "2012-01-01", "2 puffs inhaled every 4 hours as needed", reasonref=copd)
    b.medreq(R("17767", "amlodipine"), "2008-01-01", "5 mg by mouth daily", course="continuous")
    mds(b, "2026-08-10", bims=15, adl=38, falls=35)
    b.note("2026-09-10", "Advance care planning discussion", """
Resident has capacity (BIMS 15). Reviewed POLST. Elects DNR and no intubation, but wishes all other treatment:
hospital transfer, antibiotics, IV fluids, non-invasive ventilation, pulmonary rehabilitation. Daughter aware.
COPD stable on triple inhaler; one exacerbation in June treated on site.""")
    b.careplan("Advance care plan", "2026-09-10", cc(text="Advance care planning"),
               desc="DNR/DNI; otherwise full treatment including hospital transfer. Pulmonary rehabilitation twice weekly.", addresses=[copd],
               acts=[("Pulmonary rehabilitation twice weekly", "in-progress"), ("Annual influenza and pneumococcal vaccination", "completed")])
    b.vitals("2026-10-12", 128, 76, 82, 72.4, spo2=93)
    b.vitals("2026-11-16", 126, 74, 80, 72.9, spo2=94)
    b.panel("cbc", "2026-10-12", {"hgbm": 14.6, "wbc": 7.8, "plt": 260})
    b.add({"resourceType": "Immunization", "status": "completed", "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free")),
           "patient": b.ref(b.pt), "occurrenceDateTime": "2026-10-05", "primarySource": True}, "imm1")
