"""Organisation B: Kilima County Referral Hospital (fictitious Kenyan level-5 county referral hospital).

Style: WHO ICD-10 diagnoses, local procedure and laboratory codes or text-only entries, notes in Kenyan clinical
English with Swahili phrases, SHA (Social Health Authority) cover or out-of-pocket payment, HIV care (CCC) alongside
non-communicable diseases.
"""
from fhirkit import (ACTCODE, ADMITSRC, ATC, ICD10, LOINC, SCT, SELFPAY, cc, tx)

HOSP = "Kilima County Referral Hospital"
YES = ("http://loinc.org", "LA33-6", "Yes")
NO = ("http://loinc.org", "LA32-8", "No")


def dx(code, display, text=None):
    return cc((ICD10, code, display), text=text or display)


def med(atc, name):
    return cc((ATC, atc), text=name) if atc else cc(text=name)


LABS = {
    "hb": ("HB", "Haemoglobin", "718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL"),
    "wbc": ("WBC", "Total white cell count", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L"),
    "plt": ("PLT", "Platelets", "777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L"),
    "mcv": ("MCV", "MCV", "787-2", "MCV [Entitic volume] by Automated count", "fL"),
    "esr": ("ESR", "ESR (Westergren)", "4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h"),
    "rbs": ("RBS", "Random blood sugar", "14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L"),
    "fbs": ("FBS", "Fasting blood sugar", "14771-0", "Fasting glucose [Moles/volume] in Serum or Plasma", "mmol/L"),
    "a1c": ("HBA1C", "HbA1c", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%"),
    "creat": ("CREAT", "Serum creatinine", "14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L"),
    "urea": ("UREA", "Urea", "22664-7", "Urea [Moles/volume] in Serum or Plasma", "mmol/L"),
    "k": ("K", "Potassium", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "na": ("NA", "Sodium", "2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "cd4": ("CD4", "CD4 count", "24467-3", "CD3+CD4+ (T4 helper) cells [#/volume] in Blood", "/uL"),
    "psa": ("PSA", "Total PSA", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL"),
    "alb": ("ALB", "Albumin", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L"),
    "fer": ("FERR", "Ferritin", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L"),
    "tsh": ("TSH", "TSH", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L"),
    "ft4": ("FT4", "Free T4", "14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "pmol/L"),
}


def lab(c, short, key, date, value, low=None, high=None, enc=None, interp=None, note=None, loinc=True):
    code, name, lo, disp, unit = LABS[key]
    codings = [(c.local("lab"), code, name)]
    if loinc:
        codings.append((LOINC, lo, disp))
    return c.obs(short, cc(*codings, text=name), date, value=(value, unit), low=low, high=high, encounter=enc,
                 interp=interp, note=note, time="10:40")


def qual_lab(c, short, code, name, date, result, interp, enc=None, note=None):
    return c.obs(short, cc((c.local("lab"), code, name), text=name), date, value=result, interp=interp, encounter=enc,
                 note=note, time="10:30")


def setup(c, given, family, gender, birth, natid, op, sha=True, ccc=None, village="Kilima Town", phone="+254 7"):
    c.hosp = c.organization("org", HOSP, type_code="prov", city="Kilima", country="KE",
                            ident=("https://his.kilima-crh.go.ke/sid/mfl-code", "13939"), telecom="+254 20 600 1390")
    gs = given if isinstance(given, list) else [given]
    pid_extra = [("https://his.kilima-crh.go.ke/sid/ccc-number", ccc)] if ccc else []
    if sha:
        c.sha = c.organization("org-sha", "Social Health Authority (SHA)", type_code="pay", city="Nairobi", country="KE")
        pid_extra.append(("https://his.kilima-crh.go.ke/sid/sha-number", "SHA" + natid[-6:] + "11"))
    c.patient(gs, family, gender, birth, op, national=natid, city="Kilima", country="KE", line=village,
              phone=phone + natid[-8:], lang="sw", org=c.hosp, extra_ids=pid_extra)
    if sha:
        c.coverage("cov", c.sha, cc((ACTCODE, "PUBLICPOL", "public healthcare"), text="SHA - Social Health Insurance Fund"),
                   "2024-10-01", subscriber_id="SHA" + natid[-6:] + "11", klass=("SHIF", "Social Health Insurance Fund"))
    else:
        c.coverage("cov", c.P, cc((SELFPAY, "pay", "PAY"), text="Out-of-pocket (cash / M-Pesa)"), "2026-01-01")


def kenote(t, text):
    return cc((LOINC, t[0], t[1]), text=text)


PROGRESS = ("11506-3", "Progress note")
CONSULT = ("11488-4", "Consult note")
DISCHARGE = ("18842-5", "Discharge summary")


def present(text="present"):
    return cc((SCT, "52101004", "Present"), text=text)


# ======================================================================= B1
def ke_return_visits(c):
    setup(c, ["Faith", "Wairimu"], "Njoroge", "female", "1995-03-14", "31845220", "KCRH/OP/2026/118402", village="Gatundu Estate")
    co = c.practitioner("pr-co", "Mutua", "Brian", prefix="CO", gender="male", qual="Clinical Officer")
    mo = c.practitioner("pr-mo", "Kamau", "Wanjiru", prefix="Dr", gender="female", qual="Medical Officer")
    co2 = c.practitioner("pr-co2", "Chepkoech", "Sharon", prefix="CO", gender="female", qual="Clinical Officer (Casualty)")
    c.medadmin("ma-depo", med("G03AC06", "Medroxyprogesterone acetate 150 mg IM (Depo-Provera)"), "2026-09-02",
               dose=("150 mg IM", 150, "mg"), performer=co, note="Family planning - next due 25/11/2026")
    head = cc((SCT, "25064002", "Headache"), text="Headache (kichwa kinauma)")
    fever = cc((SCT, "386661006", "Fever"), text="Fever on and off (homa)")
    e1 = c.encounter("enc-1", "2026-11-09", "General Outpatient Clinic (GOPC) - primary care", prac=co, org=c.hosp,
                     reason=[head, fever], priority="R", time="10:05")
    c.vital("temp-1", "temp", "2026-11-09", 37.9, encounter=e1)
    c.bp("bp-1", "2026-11-09", 118, 74, encounter=e1)
    qual_lab(c, "lab-mrdt-1", "MRDT", "Malaria RDT (Pf/pan)", "2026-11-09", cc((SCT, "260385009", "Negative"), text="Negative"), "NEG", enc=e1)
    r = [lab(c, "lab-hb-1", "hb", "2026-11-09", 12.6, 12.0, 16.0, enc=e1), lab(c, "lab-wbc-1", "wbc", "2026-11-09", 6.8, 4.0, 11.0, enc=e1),
         lab(c, "lab-plt-1", "plt", "2026-11-09", 262, 150, 400, enc=e1)]
    c.report("dr-cbc-1", cc((LOINC, "58410-2", "CBC panel - Blood by Automated count"), text="Full haemogram"), "2026-11-09",
             results=r, performer=c.hosp, encounter=e1, conclusion="Normal haemogram.")
    qual_lab(c, "lab-ua-1", "UA", "Urinalysis (dipstick + microscopy)", "2026-11-09", "Nitrites neg, leucocytes neg, protein neg, no pus cells", "N", enc=e1)
    qual_lab(c, "lab-hiv", "HIV-RT", "HIV rapid assay (Determine)", "2026-11-09", cc((SCT, "260385009", "Negative"), text="Non-reactive"), "NEG", enc=e1)
    c.medreq("mr-pcm-1", med("N02BE01", "Paracetamol 500 mg tabs"), "2026-11-09", "1 g TDS x 5/7", requester=co, encounter=e1,
             status="completed")
    c.note("doc-1", "2026-11-09", kenote(PROGRESS, "GOPC clinical notes"),
           "GOPC\nPt c/o headache x 1/52, mostly frontal, 'kichwa kinauma sana asubuhi', fever on and off (homa), body malaise. "
           "No vomiting, no neck pain, no photophobia. No cough. LMP 2/52 ago (on Depo).\n"
           "O/E: fair general condition, not pale, T 37.9. BP 118/74. Neck supple. CNS: grossly NAD.\n"
           "Ix: mRDT neg, HB 12.6, TWBC 6.8, urinalysis NAD, HIV NR.\n"
           "Imp: headache ?cause. Plan: PCM 1 g TDS, oral fluids. TCA if no improvement.", co, encounter=e1, time="10:40")
    e2 = c.encounter("enc-2", "2026-11-14", "Casualty - unscheduled attendance", cls="EMER", prac=co2, org=c.hosp,
                     reason=[head, fever], priority="UR", time="19:35",
                     admit=cc((ADMITSRC, "other", "Other"), text="Walk-in, self-referred"))
    c.vital("temp-2", "temp", "2026-11-14", 38.2, encounter=e2)
    c.bp("bp-2", "2026-11-14", 124, 80, encounter=e2)
    qual_lab(c, "lab-bs-2", "BS-MPS", "Blood slide for malaria parasites", "2026-11-14", "No MPS seen", "N", enc=e2)
    qual_lab(c, "lab-typh-2", "TYPH-AG", "Salmonella Typhi stool antigen", "2026-11-14", cc((SCT, "260385009", "Negative"), text="Negative"), "NEG", enc=e2)
    lab(c, "lab-rbs-2", "rbs", "2026-11-14", 5.4, 3.9, 7.8, enc=e2)
    c.medreq("mr-dic-2", med("M01AB05", "Diclofenac 50 mg tabs"), "2026-11-14", "50 mg BD x 3/7", requester=co2, encounter=e2,
             status="completed")
    c.note("doc-2", "2026-11-14", kenote(PROGRESS, "Casualty notes"),
           "CASUALTY (unscheduled)\nSeen at GOPC 5/7 ago with headache + fever, given PCM - no improvement. Headache persistent, "
           "throbbing, worse in the morning; homa at night. No seizures, no LOC.\nO/E: T 38.2, alert, neck supple, no focal deficits "
           "noted. Fundoscopy not done.\nBS for MPS - no MPS seen. S. Typhi Ag neg. RBS 5.4.\n"
           "Imp: ?viral fever ?tension headache. Plan: diclofenac 50 mg BD, PCM, review GOPC.", co2, encounter=e2, time="20:20")
    e3 = c.encounter("enc-3", "2026-11-20", "Casualty - unscheduled attendance", cls="EMER", prac=co2, org=c.hosp,
                     reason=[head], priority="UR", time="07:50", admit=cc((ADMITSRC, "other", "Other"), text="Walk-in, self-referred"))
    c.vital("temp-3", "temp", "2026-11-20", 37.8, encounter=e3)
    c.bp("bp-3", "2026-11-20", 126, 82, encounter=e3)
    r3 = [lab(c, "lab-hb-3", "hb", "2026-11-20", 12.4, 12.0, 16.0, enc=e3), lab(c, "lab-wbc-3", "wbc", "2026-11-20", 7.4, 4.0, 11.0, enc=e3),
          lab(c, "lab-esr-3", "esr", "2026-11-20", 16, 0, 20, enc=e3)]
    c.report("dr-cbc-3", cc((LOINC, "58410-2", "CBC panel - Blood by Automated count"), text="Full haemogram + ESR"), "2026-11-20",
             results=r3, performer=c.hosp, encounter=e3, conclusion="Within normal limits.")
    qual_lab(c, "lab-mrdt-3", "MRDT", "Malaria RDT (Pf/pan)", "2026-11-20", cc((SCT, "260385009", "Negative"), text="Negative"), "NEG", enc=e3)
    c.note("doc-3", "2026-11-20", kenote(PROGRESS, "Casualty notes"),
           "CASUALTY (unscheduled return)\n'Mgonjwa anarudi tena' - third visit in 11 days. Headache daily, vomited once this morning, "
           "fever on and off. Not sleeping well.\nO/E: T 37.8, BP 126/82, alert, oriented. Neck supple. No obvious deficit.\n"
           "Ix: Hb 12.4, TWBC 7.4, ESR 16, mRDT neg (x2), BS neg, Typhi Ag neg.\n"
           "Imp: headache - all results normal, no diagnosis made. Advised rest, PCM, TCA GOPC 1/52.", co2, encounter=e3, time="08:40")
    e4 = c.encounter("enc-4", "2026-11-27", "Casualty - unscheduled attendance", cls="EMER", prac=mo, org=c.hosp,
                     reason=[head, fever], priority="UR", time="21:15", admit=cc((ADMITSRC, "other", "Other"), text="Walk-in, self-referred"))
    c.vital("temp-4", "temp", "2026-11-27", 37.9, encounter=e4)
    c.note("doc-4", "2026-11-27", kenote(PROGRESS, "Casualty notes"),
           "CASUALTY\n4th attendance. Persistent headache x ~3/52, low grade fever. Pt tearful, 'nimechoka na hii kichwa'. "
           "Neuro exam grossly normal, no meningism. Previous labs all normal.\n"
           "Plan: PCM, to book MOPC (physician) clinic. Advised to return if confusion, neck stiffness or vomiting worsens.",
           mo, encounter=e4, time="22:00")


# ======================================================================= B2
def ke_viral_label_tb(c):
    setup(c, ["Joseph", "Otieno"], "Ouma", "male", "1984-08-19", "24576903", "KCRH/OP/2019/030517", ccc="13939-04418",
          village="Kamukunji")
    co = c.practitioner("pr-co", "Wafula", "Dennis", prefix="CO", gender="male", qual="Clinical Officer (CCC)")
    mo = c.practitioner("pr-mo", "Kamau", "Wanjiru", prefix="Dr", gender="female", qual="Medical Officer")
    hiv = c.condition("c-hiv", dx("B24", "Unspecified human immunodeficiency virus [HIV] disease", "HIV infection - on ART (WHO stage 1 at enrolment)"),
                      onset="2019-02-11", recorded="2019-02-11")
    c.medstmt("ms-tld", med("J05AR27", "TDF/3TC/DTG 300/300/50 mg (TLD)"), "active", "2019-02-25", dose_text="1 tab OD",
              reason_ref=[hiv], note="Adherence good (pill counts >95%).")
    c.medstmt("ms-ctx", med("J01EE01", "Cotrimoxazole 960 mg"), "active", "2019-02-25", dose_text="1 tab OD", reason_ref=[hiv])
    c.medstmt("ms-tpt", med("J04AC01", "Isoniazid 300 mg (TPT)"), "completed", "2019-03-11", end="2019-09-11", reason_ref=[hiv],
              note="6 months IPT completed.")
    lab(c, "lab-cd4-0", "cd4", "2025-09-15", 480, 500, 1500)
    viral = dx("B34.9", "Viral infection, unspecified", "Viral infection (URTI), unspecified")
    cough = cc((SCT, "49727002", "Cough"), text="Cough")
    e1 = c.encounter("enc-1", "2026-06-22", "CCC clinic visit", prac=co, org=c.hosp, reason=cough, time="09:30")
    vi = c.condition("c-viral", viral, onset="2026-06-08", recorded="2026-06-22", recorder=co, encounter=e1,
                     note="Entered as 'viral URTI' 22/06/2026; re-used at later visits as 'post-viral cough' / 'viral illness'.")
    c.vital("wt-1", "wt", "2026-06-22", 70.0, encounter=e1)
    c.vital("temp-1", "temp", "2026-06-22", 37.6, encounter=e1)
    c.obs("obs-icf-1", cc(text="ICF TB symptom screen"), "2026-06-22", value="Cough <2 weeks; no night sweats; no weight loss - screen negative",
          category="survey", encounter=e1)
    c.medreq("mr-amox", med("J01CA04", "Amoxicillin 500 mg caps"), "2026-06-22", "500 mg TDS x 5/7", requester=co, status="completed",
             encounter=e1, reason_ref=[vi])
    c.note("doc-1", "2026-06-22", kenote(PROGRESS, "CCC clinical notes"),
           "CCC visit. c/o cough x 2/52, mild fever. Adherent on TLD. O/E: chest clear. Wt 70 kg.\n"
           "Dx: viral URTI (B34.9). Plan: amoxicillin, PCM, TCA 2/12 routine.", co, encounter=e1)
    e2 = c.encounter("enc-2", "2026-08-10", "CCC clinic visit", prac=co, org=c.hosp, reason=cough, diagnosis=[vi], time="09:10")
    c.vital("wt-2", "wt", "2026-08-10", 66.0, encounter=e2)
    c.obs("obs-icf-2", cc(text="ICF TB symptom screen"), "2026-08-10",
          value="Cough >2 weeks, night sweats, weight loss reported - presumptive TB", category="survey", encounter=e2,
          interp="A")
    c.obs("obs-ns-2", cc((SCT, "42984000", "Night sweats"), text="Night sweats (jasho usiku)"), "2026-08-10", value=present(),
          category="exam", encounter=e2)
    c.medreq("mr-syr", med(None, "Cough syrup (Benylin) 10 mL TDS"), "2026-08-10", "10 mL TDS x 7/7", requester=co,
             status="completed", encounter=e2, reason_ref=[vi])
    c.note("doc-2", "2026-08-10", kenote(PROGRESS, "CCC clinical notes"),
           "CCC visit. Cough persisting ~9/52, 'jasho usiku' (night sweats) on and off, lost 4 kg. Chest: few crackles R upper zone?\n"
           "Imp: post-viral cough (viral illness B34.9). Plan: cough syrup, continue TLD/CTX. TCA 6/52.", co, encounter=e2)
    e3 = c.encounter("enc-3", "2026-10-19", "CCC clinic visit", prac=mo, org=c.hosp, reason=cough, diagnosis=[vi], time="10:00")
    c.vital("wt-3", "wt", "2026-10-19", 62.0, encounter=e3)
    r = [lab(c, "lab-esr", "esr", "2026-10-19", 78, 0, 15, enc=e3), lab(c, "lab-hb", "hb", "2026-10-19", 11.2, 13.0, 17.0, enc=e3),
         lab(c, "lab-mcv", "mcv", "2026-10-19", 84, 80, 100, enc=e3), lab(c, "lab-cd4", "cd4", "2026-10-19", 310, 500, 1500, enc=e3)]
    c.report("dr-lab-3", cc(text="Haemogram, ESR, CD4"), "2026-10-19", results=r, performer=c.hosp, encounter=e3)
    c.obs("obs-vl", cc((c.local("lab"), "VL", "HIV-1 viral load"), (LOINC, "20447-9", "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"),
                       text="HIV viral load"), "2026-10-19", value="LDL (<50 copies/mL)", interp="N", encounter=e3)
    c.report("dr-cxr", cc((LOINC, "36643-5", "XR Chest 2 Views"), text="Chest X-ray PA"), "2026-10-19",
             conclusion="Patchy opacities right upper zone with a possible 2 cm lucency (?cavitation). Left lung clear. "
                        "No effusion. Impression: ?PTB - clinical correlation advised.", category=("RAD", "Radiology"),
             performer=c.hosp, encounter=e3)
    c.medreq("mr-azi", med("J01FA10", "Azithromycin 500 mg"), "2026-10-19", "500 mg OD x 3/7", requester=mo, status="completed",
             encounter=e3, reason_ref=[vi])
    c.note("doc-3", "2026-10-19", kenote(PROGRESS, "CCC clinical notes"),
           "CCC review (MO). Cough ~19/52, wt 62 kg (was 70). ESR 78. CXR: R upper zone opacities ?old changes. VL LDL.\n"
           "Imp: viral illness / post-viral cough (B34.9) - continue supportive Mx. Azithro x 3/7. TCA 6/52.", mo, encounter=e3)
    e4 = c.encounter("enc-4", "2026-11-16", "CCC clinic visit", prac=co, org=c.hosp, reason=cough, diagnosis=[vi], time="09:45")
    c.vital("wt-4", "wt", "2026-11-16", 60.0, encounter=e4)
    c.vital("temp-4", "temp", "2026-11-16", 37.9, encounter=e4)
    c.obs("obs-hae-4", cc((SCT, "66857006", "Hemoptysis"), text="Blood-stained sputum"), "2026-11-16", value=present(),
          category="exam", encounter=e4)
    c.note("doc-4", "2026-11-16", kenote(PROGRESS, "CCC clinical notes"),
           "CCC visit. Still coughing, now occasional blood-streaked sputum, night sweats, poor appetite. Wt 60 kg (lost 10 kg since June). "
           "T 37.9.\nDx: viral illness (B34.9) - persisting. Plan: PCM, continue TLD/CTX. Review 1/12.", co, encounter=e4)


# ======================================================================= B3
def ke_thyroidectomy(c):
    setup(c, ["Grace", "Muthoni"], "Kariuki", "female", "1979-05-02", "21458812", "KCRH/OP/2026/061233", village="Kiamwangi")
    surg = c.practitioner("pr-surg", "Owino", "Achieng", prefix="Dr", gender="female", qual="Consultant General Surgeon")
    ent = c.practitioner("pr-ent", "Kiprono", "Rotich", prefix="Dr", gender="male", qual="ENT Surgeon")
    co = c.practitioner("pr-co", "Mutua", "Brian", prefix="CO", gender="male", qual="Clinical Officer")
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Hypertension"), onset="2020", recorded="2020-03-09")
    c.medstmt("ms-nif", med("C08CA05", "Nifedipine retard 20 mg"), "active", "2020-03-09", dose_text="20 mg BD", reason_ref=[htn])
    e1 = c.encounter("enc-1", "2026-06-15", "GOPC - primary care", prac=co, org=c.hosp,
                     reason=cc(text="Neck swelling, difficulty swallowing"))
    c.sreq("sr-sopc", cc(text="Referral to Surgical Outpatient Clinic (SOPC)"), "completed", "order", "2026-06-15", requester=co,
           performer=surg, encounter=e1)
    e2 = c.encounter("enc-2", "2026-07-06", "Surgical Outpatient Clinic (SOPC)", prac=surg, org=c.hosp)
    mng = c.condition("c-mng", dx("E04.2", "Nontoxic multinodular goitre", "Multinodular goitre with retrosternal extension, compressive symptoms"),
                      onset="2024", recorded="2026-07-06", recorder=surg)
    c.bp("bp-2", "2026-07-06", 134, 84, encounter=e2)
    r = [lab(c, "lab-tsh", "tsh", "2026-07-06", 1.6, 0.4, 4.0, enc=e2), lab(c, "lab-ft4", "ft4", "2026-07-06", 14.2, 10.0, 22.0, enc=e2),
         lab(c, "lab-hb", "hb", "2026-07-06", 12.9, 12.0, 16.0, enc=e2)]
    c.report("dr-tft", cc(text="Thyroid function + Hb"), "2026-07-06", results=r, performer=c.hosp, conclusion="Euthyroid.")
    c.report("dr-us", cc(text="Ultrasound neck / thyroid"), "2026-07-20",
             conclusion="Enlarged multinodular thyroid, right lobe 7.8 x 4.1 cm with dominant 3.8 cm mixed solid-cystic nodule (TI-RADS 3), "
                        "left lobe multiple nodules up to 2.2 cm; retrosternal extension of right lobe. Tracheal deviation to the left. "
                        "No suspicious nodes.", category=("RAD", "Radiology"), performer=c.hosp)
    c.procedure("proc-fna", cc((c.local("procedures"), "SURG-FNA-THY", "US-guided FNA thyroid"), text="US-guided FNA of dominant right thyroid nodule"),
                "completed", date="2026-08-04", performer=surg, reason_ref=[mng])
    c.report("dr-cyto", cc((LOINC, "11526-1", "Pathology study"), text="Thyroid FNA cytology"), "2026-08-11",
             conclusion="Bethesda category II - benign follicular nodule (colloid nodule).", category=("CP", "Cytopathology"), performer=c.hosp)
    c.procedure("proc-ill", cc(text="Indirect laryngoscopy (pre-op vocal cord assessment)"), "completed", date="2026-10-05",
                performer=ent, outcome=tx("Both vocal cords mobile."))
    e3 = c.encounter("enc-3", "2026-09-21", "Surgical Outpatient Clinic (SOPC)", prac=surg, org=c.hosp, reason_ref=[mng])
    c.note("doc-sopc", "2026-09-21", kenote(CONSULT, "SOPC surgical review"),
           "SOPC review. 47F with MNG, ~2 yrs, now dysphagia to solids and orthopnoea (anasema 'kupumua ni shida nikilala'). "
           "Euthyroid. US: large MNG with retrosternal extension, tracheal deviation. FNA Bethesda II.\n"
           "Plan: TOTAL THYROIDECTOMY. Risks explained (RLN injury, hypocalcaemia, lifelong thyroxine, bleeding). "
           "Pt consents. Booked on elective theatre list 12/01/2027. Pre-op: CXR/thoracic inlet view, ECG, U/E/Cs, GXM 2 units, "
           "indirect laryngoscopy (done). SHA pre-authorisation submitted.", surg, encounter=e3)
    c.procedure("proc-tt", cc((c.local("procedures"), "SURG-031", "Total thyroidectomy"),
                              text="Total thyroidectomy"), "preparation", reason_ref=[mng], performer=surg,
                category=cc((SCT, "387713003", "Surgical procedure"), text="Major surgery (elective)"),
                note="Elective theatre list 12/01/2027. Admit 11/01/2027. Consent signed 21/09/2026.")
    c.encounter("enc-adm", "2027-01-11", "Elective admission - surgical ward (pre-op)", cls="IMP", prac=surg, org=c.hosp,
                status="planned", reason_ref=[mng], priority="EL", time="08:00")
    c.appointment("appt-th", "2027-01-12", "2027-01-12", "booked", "Theatre: total thyroidectomy (elective list)", [c.P, surg],
                  reason_ref=mng, created="2026-09-21", start_time="08:30", end_time="11:30")
    c.obs("obs-ecg", cc((LOINC, "11524-6", "EKG study"), text="ECG (pre-op)"), "2026-10-05", value="Sinus rhythm 78/min, normal axis, no LVH.",
          category="procedure", interp="N")
    lab(c, "lab-creat", "creat", "2026-10-05", 71, 45, 90)


# ======================================================================= B4
def ke_cervix_palliative(c):
    setup(c, ["Beatrice", "Adhiambo"], "Okoth", "female", "1977-06-03", "13390047", "KCRH/OP/2015/007781", ccc="13939-01127",
          village="Nyalenda")
    gyn = c.practitioner("pr-gyn", "Were", "Collins", prefix="Dr", gender="male", qual="Obstetrician/Gynaecologist")
    onc = c.practitioner("pr-onc", "Nyaga", "Lucy", prefix="Dr", gender="female", qual="Visiting Medical Oncologist")
    pc = c.practitioner("pr-pc", "Gathoni", "Njeri", prefix="Nurse", gender="female", qual="Palliative Care Nurse (KHPCA trained)")
    hiv = c.condition("c-hiv", dx("B24", "Unspecified human immunodeficiency virus [HIV] disease", "HIV infection on ART"), onset="2015-04-20",
                      recorded="2015-04-20")
    c.medstmt("ms-tld", med("J05AR27", "TDF/3TC/DTG 300/300/50 mg (TLD)"), "active", "2019-06-01", dose_text="1 tab OD", reason_ref=[hiv])
    e1 = c.encounter("enc-1", "2026-08-05", "Gynaecology Outpatient Clinic (GOPD)", prac=gyn, org=c.hosp,
                     reason=cc((SCT, "289530006", "Bleeding from vagina"), text="Post-coital and intermenstrual bleeding, foul discharge"))
    c.procedure("proc-bx", cc((c.local("procedures"), "GYN-CXBX", "Punch biopsy of cervix"), text="Cervical punch biopsy"), "completed",
                date="2026-08-12", performer=gyn, encounter=e1)
    c.report("dr-histo", cc((LOINC, "11526-1", "Pathology study"), text="Histology - cervical biopsy"), "2026-08-19",
             conclusion="Invasive keratinising squamous cell carcinoma of the cervix.", category=("SP", "Surgical Pathology"), performer=c.hosp)
    c.report("dr-ct", cc(text="CT chest/abdomen/pelvis (contrast)"), "2026-08-26",
             conclusion="Bulky cervical mass 7 cm with parametrial and pelvic side-wall involvement, bilateral hydronephrosis. "
                        "Para-aortic lymphadenopathy up to 3 cm. Multiple bilateral lung nodules up to 18 mm - metastases.",
             category=("RAD", "Radiology"), performer=c.hosp)
    ca = c.condition("c-ca", dx("C53.9", "Malignant neoplasm of cervix uteri, unspecified", "Carcinoma cervix, SCC, FIGO IVB (lung, para-aortic nodes)"),
                     onset="2026-08-19", recorded="2026-08-26", recorder=gyn, stage=cc(text="FIGO 2018 stage IVB"))
    r = [lab(c, "lab-hb-1", "hb", "2026-08-26", 7.4, 12.0, 16.0), lab(c, "lab-creat-1", "creat", "2026-08-26", 212, 45, 90),
         lab(c, "lab-urea-1", "urea", "2026-08-26", 14.8, 2.5, 7.1), lab(c, "lab-alb-1", "alb", "2026-08-26", 27, 35, 50)]
    c.report("dr-lab-1", cc(text="Haemogram, U/E/Cs, albumin"), "2026-08-26", results=r, performer=c.hosp)
    c.procedure("proc-bt", cc((c.local("procedures"), "TRANSF-PRBC", "Packed red cell transfusion"), text="Transfusion 2 units packed cells"),
                "completed", date="2026-09-02", performer=gyn, reason_ref=[ca])
    e2 = c.encounter("enc-2", "2026-09-16", "Oncology clinic - tumour board (county)", prac=onc, org=c.hosp, reason_ref=[ca])
    c.obs("obs-ecog", cc((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG"), "2026-09-16", value=3, category="exam", encounter=e2)
    c.note("doc-onc", "2026-09-16", kenote(CONSULT, "Oncology / tumour board note"),
           "TUMOUR BOARD (Oncology, Gynae, Radiology, Palliative)\n49F, HIV on TLD (VL LDL), Ca cervix SCC FIGO IVB with lung mets, "
           "para-aortic nodes, bilateral hydronephrosis (creat 212). ECOG 3, albumin 27, Hb 7.4 pre-transfusion.\n"
           "Discussed: not a candidate for chemoradiation (metastatic). Palliative chemo not advisable - poor PS and renal impairment; "
           "nephrostomy not available here. Palliative RT for bleeding - nearest centre waiting list >3 months and pt unable to travel.\n"
           "OUTCOME: no further cancer-directed treatment options. Refer to Palliative Care Unit for symptom control and home-based care. "
           "Mgonjwa na familia wameelezwa (patient and family informed) - they understand.", onc, encounter=e2)
    c.sreq("sr-pcu", cc((SCT, "306237005", "Referral to palliative care service"), text="Referral to Palliative Care Unit (PCU)"),
           "completed", "order", "2026-09-16", requester=onc, performer=pc, reason_ref=[ca], encounter=e2)
    e3 = c.encounter("enc-3", "2026-10-07", "Palliative Care Unit clinic", prac=pc, org=c.hosp, reason_ref=[ca])
    c.careplan("cp-pall", "Palliative care plan", "active", "plan", "2026-10-07",
               [cc((SCT, "103735009", "Palliative care"), text="Palliative care")], addresses=[ca], author=pc,
               description="Symptom control and home-based care; no cancer-directed therapy.",
               activities=[
                   {"code": cc(text="Oral morphine solution, titrate for pelvic pain"), "status": "in-progress", "kind": "MedicationRequest"},
                   {"code": cc(text="Bleeding control: tranexamic acid; vaginal packing PRN"), "status": "in-progress"},
                   {"code": cc(text="Odour control: metronidazole (oral + crushed topical)"), "status": "in-progress"},
                   {"code": cc(text="Home-based care visits by PCU nurse every 2-4 weeks"), "status": "scheduled"},
                   {"code": cc(text="Psychosocial and spiritual support; advance care planning"), "status": "in-progress"}])
    c.medreq("mr-mor", med("N02AA01", "Oral morphine solution 5 mg/5 mL"), "2026-10-07", "5 mg 4-hourly + PRN breakthrough",
             requester=pc, reason_ref=[ca], encounter=e3)
    c.medreq("mr-txa", med("B02AA02", "Tranexamic acid 500 mg"), "2026-10-07", "1 g TDS when bleeding", requester=pc, reason_ref=[ca], encounter=e3)
    c.medreq("mr-met", med("P01AB01", "Metronidazole 400 mg"), "2026-10-07", "400 mg TDS", requester=pc, reason_ref=[ca], encounter=e3)
    c.obs("obs-pain", cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain score"),
          "2026-10-07", value=(8, "{score}"), category="survey", encounter=e3)
    e4 = c.encounter("enc-4", "2026-11-18", "Palliative home-based care visit", cls="HH", prac=pc, org=c.hosp, reason_ref=[ca])
    c.obs("obs-pain-2", cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain score"),
          "2026-11-18", value=(4, "{score}"), category="survey", encounter=e4)
    c.note("doc-hbc", "2026-11-18", kenote(PROGRESS, "Home-based care visit"),
           "HBC visit, Nyalenda. Pain better on morphine (4/10). Bleeding minimal. Eating little. Mostly bedbound. "
           "Husband and daughter caring well. Supplies given. Next visit 2/52.", pc, encounter=e4)


# ======================================================================= B5
def ke_haemodialysis(c):
    setup(c, ["Dennis", "Mwangi"], "Gitau", "male", "1988-11-23", "27731506", "KCRH/IP/2026/009214", village="Thika Road Estate")
    phy = c.practitioner("pr-phy", "Odhiambo", "Otieno", prefix="Dr", gender="male", qual="Consultant Physician / Nephrology")
    mo = c.practitioner("pr-mo", "Kamau", "Wanjiru", prefix="Dr", gender="female", qual="Medical Officer")
    rn = c.practitioner("pr-rn", "Akinyi", "Mercy", prefix="Nurse", gender="female", qual="Renal Nurse")
    adm = c.encounter("enc-adm", "2026-09-14", "Casualty -> medical ward admission", cls="IMP", prac=phy, org=c.hosp, end="2026-09-30",
                      priority="EM", admit=cc((ADMITSRC, "emd", "From accident/emergency department"), text="Casualty"),
                      reason=cc(text="Vomiting, breathlessness, hiccups x 1/52; BP 210/130"), time="14:20")
    c.bp("bp-adm", "2026-09-14", 210, 130, encounter=adm)
    r = [lab(c, "lab-creat-1", "creat", "2026-09-14", 1480, 62, 106, enc=adm), lab(c, "lab-urea-1", "urea", "2026-09-14", 48, 2.5, 7.1, enc=adm),
         lab(c, "lab-k-1", "k", "2026-09-14", 6.4, 3.5, 5.1, enc=adm), lab(c, "lab-hb-1", "hb", "2026-09-14", 7.9, 13.0, 17.0, enc=adm)]
    c.report("dr-lab-1", cc(text="U/E/Cs, haemogram (admission)"), "2026-09-14", results=r, performer=c.hosp, encounter=adm,
             conclusion="Severe azotaemia, hyperkalaemia, anaemia.")
    c.report("dr-us", cc(text="Ultrasound kidneys"), "2026-09-15",
             conclusion="Both kidneys small (R 7.6 cm, L 7.9 cm), echogenic, poor corticomedullary differentiation - chronic kidney disease. No hydronephrosis.",
             category=("RAD", "Radiology"), performer=c.hosp, encounter=adm)
    ckd = c.condition("c-ckd", dx("N18.5", "Chronic kidney disease, stage 5", "CKD stage 5 (ESKD) - on maintenance haemodialysis"),
                      onset="2026-09-14", recorded="2026-09-15", recorder=phy)
    htn = c.condition("c-htn", dx("I12.0", "Hypertensive renal disease with renal failure", "Hypertensive nephropathy (presumed)"),
                      onset="2026-09-14", recorded="2026-09-15", recorder=phy)
    an = c.condition("c-anaemia", dx("D63.8", "Anaemia in other chronic diseases classified elsewhere", "Anaemia of CKD"), onset="2026-09-14",
                     recorded="2026-09-15")
    for s, code, name in [("lab-hiv", "HIV-RT", "HIV rapid assay"), ("lab-hbs", "HBSAG", "HBsAg"), ("lab-hcv", "HCV-AB", "Anti-HCV")]:
        qual_lab(c, s, code, name, "2026-09-15", cc((SCT, "260385009", "Negative"), text="Negative / non-reactive"), "NEG", enc=adm,
                 note="Pre-dialysis virology")
    c.procedure("proc-cvc", cc((c.local("procedures"), "REN-CVC-NT", "Insertion of non-tunnelled haemodialysis catheter"),
                               text="Insertion of non-tunnelled R internal jugular HD catheter"), "completed", date="2026-09-15",
                performer=phy, encounter=adm, reason_ref=[ckd])
    c.procedure("proc-hd-1", cc((SCT, "302497006", "Hemodialysis"), text="Emergency haemodialysis (session 1 of 3)"), "completed",
                date="2026-09-15", time="16:00", performer=rn, encounter=adm, reason_ref=[ckd])
    c.procedure("proc-tcc", cc((c.local("procedures"), "REN-TCC", "Insertion of tunnelled cuffed dialysis catheter"),
                               text="Tunnelled cuffed catheter, R IJV"), "completed", date="2026-09-29", performer=phy, encounter=adm,
                reason_ref=[ckd])
    c.note("doc-dc", "2026-09-30", kenote(DISCHARGE, "Discharge summary"),
           "DISCHARGE SUMMARY\n37M, first presentation: uraemic symptoms, BP 210/130, creat 1480, K 6.4, Hb 7.9. US: small echogenic kidneys.\n"
           "Dx: CKD 5 (ESKD), presumed hypertensive nephropathy; anaemia of CKD.\nMx: emergency HD x3 via R IJ catheter, "
           "tunnelled catheter 29/09. BP controlled on 3 agents. EPO started.\n"
           "Plan: maintenance HD 2x/week (Tue/Fri) at KCRH renal unit under SHA. Renal clinic 3/52.", phy, encounter=adm)
    c.careplan("cp-hd", "Maintenance haemodialysis", "active", "plan", "2026-10-02", [cc((SCT, "302497006", "Hemodialysis"), text="Renal replacement therapy")],
               addresses=[ckd], author=phy, description="Haemodialysis 4 h twice weekly (Tue/Fri) via tunnelled catheter; AV fistula to be discussed later.",
               activities=[{"code": cc((SCT, "302497006", "Hemodialysis"), text="HD 4 h, 2x/week"), "status": "in-progress", "kind": "ServiceRequest"},
                           {"code": cc(text="Epoetin alfa 4000 IU SC after each HD"), "status": "in-progress", "kind": "MedicationRequest"},
                           {"code": cc(text="Fluid restriction 1 L/day, low-potassium diet (renal nutritionist)"), "status": "in-progress"}])
    for s, name, atc, dose in [("ms-aml", "Amlodipine 10 mg", "C08CA01", "10 mg OD"), ("ms-carv", "Carvedilol 12.5 mg", "C07AG02", "12.5 mg BD"),
                               ("ms-hyd", "Hydralazine 50 mg", "C02DB02", "50 mg TDS"), ("ms-caco", "Calcium carbonate 500 mg", "A12AA04", "1 g TDS with meals")]:
        c.medstmt(s, med(atc, name), "active", "2026-09-20", dose_text=dose, reason_ref=[htn] if s != "ms-caco" else [ckd])
    e2 = c.encounter("enc-clinic", "2026-10-20", "Renal clinic", prac=phy, org=c.hosp, reason_ref=[ckd])
    c.note("doc-renal", "2026-10-20", kenote(CONSULT, "Renal clinic note"),
           "Renal clinic. On HD 2x/week since 02/10/2026, tolerating. Counselled again: kidneys will not recover, "
           "needs lifelong dialysis unless transplant in future (would need referral to KNH). 'Ameelewa lakini ana huzuni' - "
           "lost his job as matatu driver due to dialysis schedule. Social worker involved. Continue HD, EPO, BP meds.", phy, encounter=e2)
    for i, d in enumerate(["2026-11-24", "2026-11-27"]):
        e = c.encounter(f"enc-hd-{i}", d, "Renal unit - haemodialysis session", prac=rn, org=c.hosp, reason_ref=[ckd], time="07:30")
        c.procedure(f"proc-hd-s{i}", cc((SCT, "302497006", "Hemodialysis"), text="Maintenance haemodialysis 4 h"), "completed",
                    date=d, time="07:45", performer=rn, encounter=e, reason_ref=[ckd])
        c.medadmin(f"ma-epo-{i}", med("B03XA01", "Epoetin alfa 4000 IU SC"), d, dose=("4000 IU SC", 4000, "[iU]"), reason_ref=an,
                   performer=rn, time="11:50")
    lab(c, "lab-hb-2", "hb", "2026-11-24", 9.6, 13.0, 17.0)
    lab(c, "lab-fer", "fer", "2026-11-24", 420, 30, 400, note="Iron sucrose course completed October.")
    lab(c, "lab-k-2", "k", "2026-11-24", 5.0, 3.5, 5.1)
    c.bp("bp-hd", "2026-11-27", 148, 90)


# ======================================================================= B6
def ke_diabetic_foot_healed(c):
    setup(c, ["Samuel", "Kimani"], "Ndung'u", "male", "1963-06-09", "10822964", "KCRH/OP/2012/044097", village="Githunguri")
    phy = c.practitioner("pr-phy", "Odhiambo", "Otieno", prefix="Dr", gender="male", qual="Consultant Physician")
    surg = c.practitioner("pr-surg", "Owino", "Achieng", prefix="Dr", gender="female", qual="Consultant General Surgeon")
    rn = c.practitioner("pr-rn", "Cherono", "Ivy", prefix="Nurse", gender="female", qual="Diabetes Nurse Educator")
    dm = c.condition("c-dm", dx("E11.9", "Type 2 diabetes mellitus without complications", "Type 2 DM"), onset="2012", recorded="2012-05-14")
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Hypertension"), onset="2015", recorded="2015-01-20")
    neur = c.condition("c-neuro", dx("E11.4", "Type 2 diabetes mellitus with neurological complications", "Diabetic peripheral neuropathy"),
                       onset="2022", recorded="2022-08-02")
    ulcer = c.condition("c-ulcer", dx("L97", "Ulcer of lower limb, not elsewhere classified", "Neuropathic ulcer R 2nd toe (diabetic foot)"),
                        clinical="resolved", onset="2026-07-20", abatement="2026-10-05", recorded="2026-08-03", recorder=phy)
    for s, name, atc, dose, r in [("ms-met", "Metformin 1 g", "A10BA02", "1 g BD", dm), ("ms-glib", "Glibenclamide 5 mg", "A10BB01", "5 mg BD", dm),
                                  ("ms-los", "Losartan 50 mg", "C09CA01", "50 mg OD", htn), ("ms-ator", "Atorvastatin 20 mg", "C10AA05", "20 mg nocte", dm)]:
        c.medstmt(s, med(atc, name), "active", "2022-08-02", dose_text=dose, reason_ref=[r])
    lab(c, "lab-a1c-0", "a1c", "2026-03-09", 7.8, 4.0, 6.0)
    e1 = c.encounter("enc-1", "2026-08-03", "Medical Outpatient Clinic (MOPC) - diabetic clinic", prac=phy, org=c.hosp, reason_ref=[ulcer])
    c.obs("obs-mono", cc(text="10 g monofilament examination, both feet"), "2026-08-03", value="Reduced sensation 6/10 sites bilaterally",
          category="exam", encounter=e1, interp="A")
    c.obs("obs-wound-1", cc(text="Wound assessment R 2nd toe"), "2026-08-03", value="1.5 x 1.2 cm plantar ulcer, sloughy base, surrounding cellulitis 2 cm; probe-to-bone negative",
          category="exam", encounter=e1)
    lab(c, "lab-a1c-1", "a1c", "2026-08-03", 7.6, 4.0, 6.0, enc=e1)
    c.report("dr-xr-1", cc(text="X-ray right foot AP/oblique"), "2026-08-04",
             conclusion="Soft tissue swelling around 2nd toe. No cortical erosion or periosteal reaction - no radiological osteomyelitis.",
             category=("RAD", "Radiology"), performer=c.hosp)
    c.medreq("mr-abx", med(None, "Flucloxacillin 500 mg QID + ciprofloxacin 500 mg BD"), "2026-08-03", "x 14/7", requester=phy,
             status="completed", reason_ref=[ulcer], encounter=e1)
    e2 = c.encounter("enc-2", "2026-08-10", "Surgical Outpatient Clinic (SOPC)", prac=surg, org=c.hosp, reason_ref=[ulcer])
    c.sreq("sr-ray", cc((c.local("procedures"), "SURG-RAY-TOE", "Ray amputation of toe"), text="Ray amputation R 2nd toe"),
           "revoked", "proposal", "2026-08-10", requester=surg, reason_ref=[ulcer], encounter=e2,
           note="To be done only if no improvement after 4/52 of antibiotics + offloading. CANCELLED 05/10/2026 - ulcer healed.")
    c.note("doc-sopc", "2026-08-10", kenote(CONSULT, "SOPC surgical review"),
           "SOPC. DM foot ulcer R 2nd toe, PTB neg, XR no OM. Plan: daily dressing at dressing room, offloading sandal, abx x 2/52. "
           "If not improving in 4/52 or OM develops -> ray amputation. Explained to pt.", surg, encounter=e2)
    c.procedure("proc-dress", cc(text="Wound dressing and debridement (dressing room)"), "completed",
                period=("2026-08-04", "2026-09-30"), performer=rn, reason_ref=[ulcer], note="Alternate-day dressings, sharp debridement x3.")
    e3 = c.encounter("enc-3", "2026-09-07", "Surgical Outpatient Clinic (SOPC)", prac=surg, org=c.hosp, reason_ref=[ulcer])
    c.obs("obs-wound-2", cc(text="Wound assessment R 2nd toe"), "2026-09-07", value="0.6 x 0.5 cm, healthy granulation, no cellulitis",
          category="exam", encounter=e3)
    e4 = c.encounter("enc-4", "2026-10-05", "Surgical Outpatient Clinic (SOPC)", prac=surg, org=c.hosp, reason_ref=[ulcer])
    c.obs("obs-wound-3", cc(text="Wound assessment R 2nd toe"), "2026-10-05", value="Healed - fully epithelialised", category="exam", encounter=e4)
    c.note("doc-sopc-2", "2026-10-05", kenote(PROGRESS, "SOPC review"),
           "Ulcer fully healed. Amputation NOT needed - cancelled. Discharged from SOPC to diabetic clinic; diabetic footwear, daily foot checks. "
           "'Amefurahi sana'.", surg, encounter=e4)
    e5 = c.encounter("enc-5", "2026-11-02", "MOPC - diabetic clinic", prac=phy, org=c.hosp, reason_ref=[dm])
    lab(c, "lab-a1c-2", "a1c", "2026-11-02", 7.3, 4.0, 6.0, enc=e5)
    c.bp("bp-5", "2026-11-02", 132, 80, encounter=e5)
    c.obs("obs-foot-5", cc(text="Foot examination"), "2026-11-02", value="R 2nd toe healed, no new lesions, wearing offloading footwear",
          category="exam", encounter=e5)


# ======================================================================= B7
def ke_feedback_qr(c):
    setup(c, ["Esther", "Akinyi"], "Omondi", "female", "1981-04-27", "22907415", "KCRH/OP/2017/021905", ccc="13939-02988",
          village="Manyatta")
    co = c.practitioner("pr-co", "Wafula", "Dennis", prefix="CO", gender="male", qual="Clinical Officer (CCC)")
    hiv = c.condition("c-hiv", dx("B24", "Unspecified human immunodeficiency virus [HIV] disease", "HIV infection on ART"),
                      onset="2009-06-02", recorded="2009-06-02")
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Hypertension"), onset="2021", recorded="2021-02-16")
    neur = c.condition("c-neur", dx("G62.0", "Drug-induced polyneuropathy", "Peripheral neuropathy (previous stavudine exposure)"),
                       onset="2012", recorded="2013-01-22")
    c.medstmt("ms-tld", med("J05AR27", "TDF/3TC/DTG 300/300/50 mg (TLD)"), "active", "2019-07-01", dose_text="1 tab OD", reason_ref=[hiv])
    c.medstmt("ms-aml", med("C08CA01", "Amlodipine 5 mg"), "active", "2021-02-16", dose_text="5 mg OD", reason_ref=[htn])
    c.medstmt("ms-hctz", med("C03AA03", "Hydrochlorothiazide 25 mg"), "active", "2022-05-10", dose_text="25 mg OD", reason_ref=[htn])
    c.medstmt("ms-ami", med("N06AA09", "Amitriptyline 25 mg"), "active", "2025-03-04", dose_text="25 mg nocte", reason_ref=[neur])
    encs = []
    for i, (d, s, dia) in enumerate([("2026-04-14", 134, 84), ("2026-07-14", 130, 82), ("2026-10-13", 132, 84)]):
        e = c.encounter(f"enc-{i}", d, "CCC clinic visit", prac=co, org=c.hosp, reason_ref=[hiv], time="09:00")
        encs.append(e)
        c.bp(f"bp-{i}", d, s, dia, encounter=e)
        c.vital(f"wt-{i}", "wt", d, [71.0, 71.5, 71.2][i], encounter=e)
    c.obs("obs-vl", cc((c.local("lab"), "VL", "HIV-1 viral load"), text="HIV viral load"), "2026-04-14", value="LDL (<50 copies/mL)",
          interp="N", encounter=encs[0])
    lab(c, "lab-creat", "creat", "2026-04-14", 68, 45, 90, enc=encs[0])
    c.note("doc-ccc", "2026-10-13", kenote(PROGRESS, "CCC clinical notes"),
           "CCC visit. Stable on TLD, VL LDL (04/2026). BP 132/84 on amlodipine + HCTZ.\n"
           "Pt again c/o burning pain and numbness both feet 'miguu inawaka usiku'. Known peripheral neuropathy (old d4T). "
           "Told this is expected and to continue amitriptyline. TCA 3/12.", co, encounter=encs[2])
    c.qr("qr-feedback", "https://his.kilima-crh.go.ke/fhir/Questionnaire/ccc-patient-experience-v2", "2026-10-13", [
        ("1", "Je, mhudumu alikusikiliza vizuri? / Did the clinician listen to your concerns?", coding_(NO)),
        ("2", "Je, umeelezwa vizuri kuhusu ugonjwa na dawa zako? / Were your condition and medicines explained to you?", coding_(NO)),
        ("3", "Je, ungependa maoni ya daktari mwingine (second opinion) kuhusu hali yako? / Would you like another doctor to give a second opinion on your condition?",
         coding_(YES)),
        ("4", "Maoni zaidi / Any other comments", "Nimelalamika kuhusu maumivu ya miguu kwa miezi mingi, kila mara naambiwa ni kawaida. "
                                                   "I feel nobody listens. I want another doctor (a specialist) to look at my legs."),
        ("5", "Kwa jumla umeridhika kiasi gani (1-5)? / Overall satisfaction (1 = very poor, 5 = excellent)", 2),
    ], author=c.P, source=c.P, encounter=encs[2], time="11:20")


def coding_(t):
    return {"system": t[0], "code": t[1], "display": t[2]}


# ======================================================================= B8
def ke_hba1c_rising(c):
    setup(c, ["Rose", "Nduta"], "Wambui", "female", "1974-02-11", "11678342", "KCRH/OP/2018/052211", ccc="13939-03561",
          village="Kiawaithanji")
    phy = c.practitioner("pr-phy", "Odhiambo", "Otieno", prefix="Dr", gender="male", qual="Consultant Physician")
    co = c.practitioner("pr-co", "Wafula", "Dennis", prefix="CO", gender="male", qual="Clinical Officer (CCC)")
    ph = c.practitioner("pr-ph", "Kiplagat", "Janet", prefix="PharmTech", gender="female", qual="Pharmaceutical Technologist")
    dm = c.condition("c-dm", dx("E11.9", "Type 2 diabetes mellitus without complications", "Type 2 DM"), onset="2018", recorded="2018-09-03")
    hiv = c.condition("c-hiv", dx("B24", "Unspecified human immunodeficiency virus [HIV] disease", "HIV infection on ART"), onset="2020-01-14",
                      recorded="2020-01-14")
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Hypertension"), onset="2019", recorded="2019-04-02")
    c.medstmt("ms-met", med("A10BA02", "Metformin 1 g"), "active", "2021-03-01", dose_text="1 g BD", reason_ref=[dm],
              note="Collected monthly from hospital pharmacy without interruption (dispensing register).")
    c.medstmt("ms-glib", med("A10BB01", "Glibenclamide 5 mg"), "active", "2022-06-06", dose_text="5 mg BD", reason_ref=[dm])
    c.medstmt("ms-tld", med("J05AR27", "TDF/3TC/DTG 300/300/50 mg (TLD)"), "active", "2020-01-28", dose_text="1 tab OD", reason_ref=[hiv])
    c.medstmt("ms-aml", med("C08CA01", "Amlodipine 10 mg"), "active", "2019-04-02", dose_text="10 mg OD", reason_ref=[htn])
    rows = [("2026-02-16", 8.0, 9.2, 78.0, 98), ("2026-06-15", 8.9, 10.8, 77.6, 97), ("2026-10-19", 10.1, 12.6, 77.0, 98)]
    encs = []
    for i, (d, a1c, fbs, wt, pc) in enumerate(rows):
        e = c.encounter(f"enc-{i}", d, "MOPC - diabetic clinic", prac=phy, org=c.hosp, reason_ref=[dm], time="08:30")
        encs.append(e)
        lab(c, f"lab-a1c-{i}", "a1c", d, a1c, 4.0, 6.0, enc=e)
        lab(c, f"lab-fbs-{i}", "fbs", d, fbs, 3.9, 5.6, enc=e)
        c.vital(f"wt-{i}", "wt", d, wt, encounter=e)
        c.obs(f"obs-pc-{i}", cc(text="Pill count adherence (metformin/glibenclamide)"), d, value=(pc, "%"), category="survey", encounter=e,
              performer=ph)
        c.bp(f"bp-{i}", d, [132, 130, 134][i], [80, 78, 82][i], encounter=e)
        c.medreq(f"mr-dm-{i}", med(None, "Metformin 1 g BD + glibenclamide 5 mg BD - 1 month supply"), d, "As directed, refills x3",
                 requester=phy, reason_ref=[dm], encounter=e, status="completed" if i < 2 else "active")
    c.obs("obs-vl", cc((c.local("lab"), "VL", "HIV-1 viral load"), text="HIV viral load"), "2026-06-15", value="LDL (<50 copies/mL)",
          interp="N", encounter=encs[1])
    lab(c, "lab-creat", "creat", "2026-10-19", 74, 45, 90, enc=encs[2])
    c.note("doc-dm-2", "2026-06-15", kenote(PROGRESS, "Diabetic clinic notes"),
           "Diabetic clinic. HbA1c 8.9 (was 8.0 in Feb). Pill count 97%, collects drugs every month - adherent. Diet reviewed by "
           "nutritionist, walks daily. Plan: continue metformin 1 g BD + glibenclamide 5 mg BD (max tolerated); recheck 4/12.", phy, encounter=encs[1])
    c.note("doc-dm-3", "2026-10-19", kenote(PROGRESS, "Diabetic clinic notes"),
           "Diabetic clinic. HbA1c 10.1 (8.0 -> 8.9 -> 10.1 over 8 months) despite good adherence (pill count 98%) and lifestyle measures. "
           "Polyuria, nocturia. No DKA features. VL LDL.\nPlan: needs insulin (basal NPH) - pt fearful of injections "
           "('naogopa sindano'); counselled with diabetes educator. Continue oral agents. TCA 1/12 for decision.", phy, encounter=encs[2])


# ======================================================================= B9
def ke_bp_stockout(c):
    setup(c, ["John", "Mutua"], "Musyoka", "male", "1968-09-30", "14559021", "KCRH/OP/2019/077342", sha=False, village="Majengo")
    co = c.practitioner("pr-co", "Mutua", "Brian", prefix="CO", gender="male", qual="Clinical Officer")
    phy = c.practitioner("pr-phy", "Odhiambo", "Otieno", prefix="Dr", gender="male", qual="Consultant Physician")
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Hypertension"), onset="2019", recorded="2019-03-18")
    lip = c.condition("c-lip", dx("E78.5", "Hyperlipidaemia, unspecified", "Dyslipidaemia"), onset="2021", recorded="2021-07-05")
    stock = cc(text="Facility stock-out; unable to afford at private chemist ('dawa zimeisha, sina pesa')")
    c.medstmt("ms-aml", med("C08CA01", "Amlodipine 10 mg"), "stopped", "2019-03-18", end="2026-06-08", dose_text="10 mg OD",
              reason_ref=[htn], status_reason=stock, asserted="2026-08-17")
    c.medstmt("ms-los", med("C09CA01", "Losartan 50 mg"), "stopped", "2021-07-05", end="2026-06-08", dose_text="50 mg OD",
              reason_ref=[htn], status_reason=stock, asserted="2026-08-17")
    c.medstmt("ms-ator", med("C10AA05", "Atorvastatin 20 mg"), "stopped", "2021-07-05", end="2026-06-08", dose_text="20 mg nocte",
              reason_ref=[lip], status_reason=stock, asserted="2026-08-17")
    rows = [("2026-05-11", 142, 88, "MOPC - hypertension clinic", phy), ("2026-08-17", 158, 96, "MOPC - hypertension clinic", co),
            ("2026-11-09", 168, 100, "MOPC - hypertension clinic", phy)]
    encs = []
    for i, (d, s, dia, t, who) in enumerate(rows):
        e = c.encounter(f"enc-{i}", d, t, prac=who, org=c.hosp, reason_ref=[htn], time="09:20")
        encs.append(e)
        c.bp(f"bp-{i}", d, s, dia, encounter=e)
        c.vital(f"hr-{i}", "hr", d, [76, 80, 82][i], encounter=e)
    c.note("doc-0", "2026-05-11", kenote(PROGRESS, "Hypertension clinic notes"),
           "HTN clinic. BP 142/88 on amlodipine 10 + losartan 50. Adherent. Cash patient (SHA not active). Refill x1/12.", phy, encounter=encs[0])
    c.comm("comm-pharm", "2026-06-08", c.hosp, [c.P], "KCRH Pharmacy: Amlodipine, losartan and atorvastatin are out of stock. "
           "Kindly buy from a private chemist until further notice. Pole kwa usumbufu.", category=cc((("http://terminology.hl7.org/CodeSystem/communication-category"), "notification", "Notification")),
           medium=cc(text="SMS"), time="10:05")
    c.note("doc-1", "2026-08-17", kenote(PROGRESS, "Hypertension clinic notes"),
           "HTN clinic. BP 158/96. Pt reports he has NOT taken any BP drugs since early June - hospital pharmacy stock-out and "
           "cannot afford chemist prices ('sina pesa'). No headache, no chest pain.\nPlan: advised to buy generic amlodipine if possible; "
           "social worker for SHA registration. TCA 3/12.", co, encounter=encs[1])
    c.note("doc-2", "2026-11-09", kenote(PROGRESS, "Hypertension clinic notes"),
           "HTN clinic. BP 168/100. Still off all medication since June (5 months). Stock now restored.\n"
           "Plan: restart amlodipine 10 mg OD + losartan 50 mg OD + atorvastatin; U/E/Cs, ECG. Review 4/52 after restarting.", phy, encounter=encs[2])
    c.medreq("mr-restart", med(None, "Amlodipine 10 mg OD + losartan 50 mg OD"), "2026-11-09", "Daily, 1 month supply", requester=phy,
             reason_ref=[htn], encounter=encs[2])
    c.medreq("mr-ator", med("C10AA05", "Atorvastatin 20 mg"), "2026-11-09", "20 mg nocte", requester=phy, reason_ref=[lip], encounter=encs[2])
    r = [lab(c, "lab-creat", "creat", "2026-11-09", 88, 62, 106, enc=encs[2]), lab(c, "lab-k", "k", "2026-11-09", 4.2, 3.5, 5.1, enc=encs[2]),
         lab(c, "lab-na", "na", "2026-11-09", 139, 135, 145, enc=encs[2])]
    c.report("dr-ue", cc(text="U/E/Cs"), "2026-11-09", results=r, performer=c.hosp, encounter=encs[2])
    c.obs("obs-ecg", cc((LOINC, "11524-6", "EKG study"), text="ECG"), "2026-11-09", value="Sinus rhythm 82/min; borderline LVH voltage criteria.",
          category="procedure", encounter=encs[2])


# ======================================================================= B10
def ke_psa_followed(c):
    setup(c, ["Francis", "Wekesa"], "Barasa", "male", "1962-05-12", "09843377", "KCRH/OP/2026/071560", village="Kanduyi")
    co = c.practitioner("pr-co", "Chepkoech", "Sharon", prefix="CO", gender="female", qual="Clinical Officer")
    uro = c.practitioner("pr-uro", "Maina", "Peter", prefix="Dr", gender="male", qual="Urologist")
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Hypertension"), onset="2017", recorded="2017-10-11")
    c.medstmt("ms-aml", med("C08CA01", "Amlodipine 5 mg"), "active", "2017-10-11", dose_text="5 mg OD", reason_ref=[htn])
    luts = cc(text="LUTS: nocturia x4, weak stream, hesitancy")
    e1 = c.encounter("enc-1", "2026-06-29", "GOPC - primary care", prac=co, org=c.hosp, reason=luts)
    psa1 = lab(c, "lab-psa-1", "psa", "2026-06-29", 9.8, None, 4.0, enc=e1)
    c.obs("obs-ipss-1", cc(text="IPSS (International Prostate Symptom Score)"), "2026-06-29", value=(19, "{score}"), category="survey", encounter=e1)
    c.sreq("sr-uro", cc(text="Referral: Urology clinic (raised PSA, LUTS)"), "completed", "order", "2026-06-29", requester=co, performer=uro,
           reason_ref=[psa1], priority="urgent", encounter=e1)
    e2 = c.encounter("enc-2", "2026-07-13", "Urology clinic", prac=uro, org=c.hosp, reason_ref=[psa1])
    c.obs("obs-dre", cc(text="Digital rectal examination"), "2026-07-13", value="Moderately enlarged, smooth, rubbery, non-tender, no nodules",
          category="exam", encounter=e2)
    c.report("dr-trus", cc(text="Transrectal ultrasound prostate"), "2026-07-13", conclusion="Prostate volume 48 mL, no focal hypoechoic lesion. PVR 60 mL.",
             category=("RAD", "Radiology"), performer=uro, encounter=e2)
    bph = c.condition("c-bph", dx("N40", "Hyperplasia of prostate", "BPH"), onset="2026-07-13", recorded="2026-07-13", recorder=uro)
    c.medstmt("ms-tams", med("G04CA02", "Tamsulosin 0.4 mg"), "active", "2026-07-13", dose_text="0.4 mg nocte", reason_ref=[bph])
    c.procedure("proc-bx", cc((c.local("procedures"), "URO-TRUSBX", "TRUS-guided prostate biopsy, 12 cores"), text="TRUS-guided 12-core prostate biopsy"),
                "completed", date="2026-07-27", performer=uro, reason_ref=[psa1])
    c.report("dr-histo", cc((LOINC, "11526-1", "Pathology study"), text="Histology - prostate cores x12"), "2026-08-06",
             conclusion="Benign prostatic hyperplasia with chronic active prostatitis in 5/12 cores. No malignancy seen.",
             category=("SP", "Surgical Pathology"), performer=c.hosp)
    pr = c.condition("c-prost", dx("N41.1", "Chronic prostatitis", "Chronic prostatitis (histological)"), clinical="resolved", onset="2026-08-06",
                     abatement="2026-09-10", recorded="2026-08-10")
    e3 = c.encounter("enc-3", "2026-08-10", "Urology clinic", prac=uro, org=c.hosp, reason_ref=[bph])
    c.medreq("mr-cipro", med("J01MA02", "Ciprofloxacin 500 mg"), "2026-08-10", "500 mg BD x 4/52", requester=uro, status="completed",
             reason_ref=[pr], encounter=e3)
    c.note("doc-uro-1", "2026-08-10", kenote(CONSULT, "Urology clinic note"),
           "Urology. Biopsy: BPH + chronic prostatitis, no Ca in 12 cores. Plan: cipro x 4/52, continue tamsulosin, repeat PSA after 3/12. "
           "If PSA rising -> MRI (refer) and repeat biopsy.", uro, encounter=e3)
    e4 = c.encounter("enc-4", "2026-11-02", "Urology clinic", prac=uro, org=c.hosp, reason_ref=[bph])
    lab(c, "lab-psa-2", "psa", "2026-11-02", 6.1, None, 4.0, enc=e4)
    c.obs("obs-ipss-2", cc(text="IPSS (International Prostate Symptom Score)"), "2026-11-02", value=(9, "{score}"), category="survey", encounter=e4)
    c.note("doc-uro-2", "2026-11-02", kenote(PROGRESS, "Urology clinic note"),
           "Review. LUTS much better on tamsulosin (IPSS 19 -> 9). PSA 6.1 (down from 9.8) after prostatitis treatment; PSA density 0.13. "
           "Benign biopsy. Plan: PSA in 6/12; MRI + repeat biopsy if rising. 'Anaendelea vizuri'.", uro, encounter=e4)
    c.bp("bp-4", "2026-11-02", 134, 82, encounter=e4)


CASES = [
    dict(key="ke_return_visits", org="ke", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], fn=ke_return_visits,
         why="Return-visit e-trigger: after a primary-care (GOPC) visit on 2026-11-09 for headache and fever the patient made three unscheduled casualty visits (11-14, 11-20, 11-27), two of them within 14 days; every investigation was normal and no diagnosis was made.",
         summary="Kenyan, 31 F: headache and fever, three unscheduled casualty returns within 18 days of a GOPC visit, all results normal"),
    dict(key="ke_viral_label_tb", org="ke", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"], fn=ke_viral_label_tb,
         why="'Viral infection, unspecified' (B34.9) has stayed the working diagnosis for five months while cough, night sweats, 10 kg weight loss, haemoptysis, ESR 78 and a right upper-zone opacity with possible cavitation appear in a person with HIV - a picture the label cannot explain.",
         summary="Kenyan, 42 M with HIV: catch-all 'viral illness' for five months despite a TB-like picture"),
    dict(key="ke_thyroidectomy", org="ke", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"], fn=ke_thyroidectomy,
         why="Procedure in status 'preparation' for total thyroidectomy, booked on the elective theatre list for 2027-01-12 with a planned admission - a major operation not yet performed.",
         summary="Kenyan, 47 F: compressive multinodular goitre, total thyroidectomy booked for January 2027"),
    dict(key="ke_cervix_palliative", org="ke", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"], fn=ke_cervix_palliative,
         why="FIGO IVB cervical cancer in a woman with HIV; the tumour board concluded there are no further cancer-directed treatment options, with palliative-care referral and an active palliative CarePlan; no second opinion on record.",
         summary="Kenyan, 49 F with HIV: metastatic cervical cancer, 'no further treatment options', palliative care plan"),
    dict(key="ke_haemodialysis", org="ke", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"], fn=ke_haemodialysis,
         why="End-stage kidney disease at first presentation; maintenance haemodialysis twice weekly started in September 2026 and running (active CarePlan, sessions in late November) - dialysis is a high-impact treatment (he lost his job over it).",
         summary="Kenyan, 38 M: new ESKD, lifelong haemodialysis started September 2026"),
    dict(key="ke_diabetic_foot_healed", org="ke", target="HIGH_IMPACT_TREATMENT", kind="near-miss",
         expected=[], fn=ke_diabetic_foot_healed,
         why="A ray amputation was proposed only as a contingency and the request was revoked on 2026-10-05 because the ulcer healed with antibiotics, dressings and offloading; no high-impact treatment is planned or running.",
         summary="Kenyan, 63 M: diabetic toe ulcer healed, contingency ray amputation cancelled"),
    dict(key="ke_feedback_qr", org="ke", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"], fn=ke_feedback_qr,
         why="In the clinic's patient-experience QuestionnaireResponse she answers 'No' to being listened to and 'Yes' to wanting another doctor's second opinion, writing that her leg pain complaints are always dismissed.",
         summary="Kenyan, 45 F with HIV and hypertension: feedback form asks for a second opinion, feels unheard"),
    dict(key="ke_hba1c_rising", org="ke", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"], fn=ke_hba1c_rising,
         why="HbA1c 8.0 -> 8.9 -> 10.1% (February to October 2026, +2.1 points, MCID 0.5) with metformin and glibenclamide dispensed monthly and pill counts of 97-98% throughout.",
         summary="Kenyan, 52 F with diabetes, HIV and hypertension: HbA1c rising on adherent dual oral therapy"),
    dict(key="ke_bp_stockout", org="ke", target="WORSENING_DESPITE_TREATMENT", kind="near-miss",
         expected=[], fn=ke_bp_stockout,
         why="Blood pressure rose 142/88 -> 158/96 -> 168/100, but all antihypertensives stopped on 2026-06-08 (pharmacy stock-out, unaffordable) - the worsening happened without treatment, which was only restarted at the last visit.",
         summary="Kenyan, 58 M: hypertension worsening while off medication because of a stock-out"),
    dict(key="ke_psa_followed", org="ke", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
         expected=[], fn=ke_psa_followed,
         why="The raised PSA (9.8) was followed up within two weeks (urology review, TRUS, 12-core biopsy within four weeks: BPH with prostatitis) and LUTS are explained by BPH and improving on tamsulosin, with a surveillance plan in place.",
         summary="Kenyan, 64 M: raised PSA promptly followed by urology review and benign biopsy"),
]
