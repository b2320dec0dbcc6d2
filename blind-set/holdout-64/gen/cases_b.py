"""Organisation B: Zaitoon Medical Complex, Lahore (Pakistani private hospital).

WHO ICD-10 where the doctors code at all, local service and laboratory codes, plenty of free text, English notes
with Urdu phrases (Roman Urdu), out-of-pocket payment or corporate panel companies, family decision-making
(RelatedPerson).
"""
from fhirkit import (Rec, cc, icd, loinc, sct, txt, meta, LAB, V3ACT, SCT, ICD10)

LOCAL_LAB = "https://emr.zaitoonmedical.pk/codes/lab"
LOCAL_SVC = "https://emr.zaitoonmedical.pk/codes/svc"
PANEL = cc((V3ACT, "EHCPOL", "extended healthcare"), text="Corporate panel (employer-paid)")


def setup(cid, given, family, gender, birth, mrn, panel=None, line=None, city="Lahore", phone=None, marital=None):
    r = Rec(cid, "pk")
    r.hospital()
    r.patient(given, family, gender, birth, mrn, line=line, city=city, phone=phone, marital=marital)
    if panel:
        company, emp = panel
        co = r.org(company, "pay", "Lahore")
        r.cov = r.coverage(co, PANEL, subscriber_id=emp, start="2020-01-01",
                           classes=[("group", "PANEL-" + company.split()[0].upper(), f"{company} – staff panel")])
    else:
        r.cov = r.selfpay(start="2015-01-01")
    return r


def llab(r, code, display, date, value, unit, low=None, high=None, enc=None, key=None, interp=None, note=None):
    """Local laboratory code, with LOINC alongside when the lab has mapped it."""
    codings = []
    if key:
        codings.append(("http://loinc.org",) + LAB[key])
    codings.append((LOCAL_LAB, code, display))
    return r.obs(cc(*codings, text=display), date, value, unit, low, high, interp, "laboratory", enc, note=note)


def svc(code, display):
    return cc((LOCAL_SVC, code, display), text=display)


# ---------------------------------------------------------------------------------------------------------------
def b01(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive (red-flag branch): iron-deficiency anaemia with weight loss in a
    58-year-old man; endoscopy advised but never arranged, 105 days without follow-up."""
    r = setup(cid, "Muhammad", "Aslam", "male", "1968-03-14", "ZMC-24-118734",
              panel=("Ravi Textile Mills (Pvt) Ltd", "RTM-04471"), line="House 12, Street 4, Shadbagh",
              phone="+92 300 4417723", marital="M")
    med = r.staff("med")
    son = r.related("SON", "natural son", "Usman", "Aslam", "male", "+92 321 5540218")
    htn = r.cond(icd("I10", "Essential (primary) hypertension"), onset="2018-01-01")
    oa = r.cond(icd("M17.0", "Primary gonarthrosis, bilateral", text="Knee OA both sides"), onset="2021-01-01")
    r.medstmt(txt("Tab Amlodipine 5 mg"), "2018-01-01", "1 OD", reason_ref=[htn])
    r.medstmt(txt("Tab Diclofenac 50 mg (self-purchased)"), "2025-06-01", "1-2 tabs daily for knee pain",
              reason_ref=[oa], note="Patient buys from local pharmacy without prescription.")
    e1 = r.enc("2026-08-18", type=svc("OPD-MED", "Medical OPD consultation"), who=med,
               reason="Kamzori aur thakawat (weakness and tiredness) x 3 months")
    r.vitals("2026-08-18", e1, bp=(118, 74), hr=98, wt=66.0, temp=36.8)
    labs = [llab(r, "CBC-HB", "Haemoglobin", "2026-08-18", 9.2, "g/dL", 13.0, 17.0, e1, "hb"),
            llab(r, "CBC-MCV", "MCV", "2026-08-18", 67, "fL", 80, 100, e1, "mcv"),
            llab(r, "CBC-TLC", "TLC", "2026-08-18", 7.2, ("x10^3/uL", "10*3/uL"), 4.0, 11.0, e1, "wbc"),
            llab(r, "CBC-PLT", "Platelets", "2026-08-18", 410, ("x10^3/uL", "10*3/uL"), 150, 450, e1, "plt"),
            llab(r, "FERR", "Serum Ferritin", "2026-08-18", 6, ("ng/mL", "ng/mL"), 30, 400, e1, "ferritin"),
            llab(r, "FE", "Serum Iron", "2026-08-18", 28, ("ug/dL", "ug/dL"), 60, 170, e1, "iron"),
            llab(r, "RFT-CR", "Serum Creatinine", "2026-08-18", 0.9, ("mg/dL", "mg/dL"), 0.7, 1.3, e1, "crea")]
    r.report(txt("CBC + Iron profile + RFTs"), "2026-08-18", labs,
             "Microcytic hypochromic anaemia with low ferritin – iron deficiency.", enc=e1, cat="HM")
    r.note("2026-08-18", "Medical OPD", """
        58 y/o M, supervisor at textile mill. C/o kamzori, thakawat, sans phoolna on climbing stairs x 3 months.
        Occasional badhazmi (dyspepsia). Weight 66 kg, says kapray dheelay ho gaye hain (clothes loose) – was ~71 kg
        last year per panel medical. No haematemesis/malaena per pt, bowel habit "theek". Takes diclofenac
        from local pharmacy for knee pain.
        O/E pallor ++, no LAP, abdomen soft, no mass. DRE not done.
        Plan: CBC, ferritin, RFTs. Review with reports.
        """, author=med, enc=e1)
    e2 = r.enc("2026-08-21", type=svc("OPD-MED-FU", "Medical OPD follow-up (reports)"), who=med, reason="Reports review")
    ida = r.cond(cc((SCT, "87522002", "Iron deficiency anemia"), (ICD10, "D50.8", "Other iron deficiency anaemias"),
                    text="Iron deficiency anaemia"), onset="2026-08-21", enc=e2, who=med, evidence=labs[:2] + [labs[4]])
    r.medreq(txt("Tab Ferrous sulphate 200 mg"), "2026-08-21", "1 BD after meals x 3 months", reason_ref=[ida], who=med,
             enc=e2)
    r.medreq(txt("Cap Omeprazole 20 mg"), "2026-08-21", "1 OD before breakfast", who=med, enc=e2)
    r.note("2026-08-21", "Medical OPD – reports", """
        Hb 9.2, MCV 67, ferritin 6 – iron deficiency anaemia. In a 58 y/o man with weight loss: need to look for GI
        blood loss. Advised upper GI endoscopy + colonoscopy. Patient says he will ghar walon se mashwara (discuss
        with family – son Usman handles money) and check if panel covers it.
        Started oral iron, omeprazole. Stop diclofenac. Review after endoscopy.
        """, author=med, enc=e2)
    r.medreq(txt("Tab Ferrous sulphate 200 mg"), "2026-10-02", "1 BD after meals – repeat", reason_ref=[ida],
             note="Repeat issued at pharmacy counter on patient request; no consultation.")
    r.comm("2026-10-02", r.org_ref, [r.pat], "Pharmacy: Ferrous sulphate 200 mg repeat dispensed (60 tabs). Cash paid.",
           t="12:40")
    return r, meta("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                   "Red-flag finding (iron-deficiency anaemia, Hb 9.2, ferritin 6, with weight loss in a 58-year-old "
                   "man) on 2026-08-18; the advised endoscopy/colonoscopy was never ordered or done and only an iron "
                   "repeat followed, >60 days without diagnostic follow-up.",
                   "Pakistani medical OPD: iron-deficiency anaemia with weight loss, endoscopy advised but never "
                   "arranged")


# ---------------------------------------------------------------------------------------------------------------
def b02(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH near miss: 'viral fever' (B34.9) label replaced within six days by culture-proven
    XDR typhoid, treated and resolved."""
    r = setup(cid, "Hira", "Naveed", "female", "2007-05-22", "ZMC-26-201455", line="Flat 3B, Allama Iqbal Town",
              phone="+92 333 8812046", marital="S")
    gp = r.staff("gp")
    med = r.staff("med")
    father = r.related("FTH", "father", "Naveed", "Ahmed", "male", "+92 300 9021447")
    e1 = r.enc("2026-09-02", type=svc("OPD-FM", "Family medicine OPD"), who=gp, reason="Bukhar (fever) x 4 days, headache")
    r.vitals("2026-09-02", e1, temp=38.9, hr=96, bp=(108, 70))
    l1 = [llab(r, "CBC-TLC", "TLC", "2026-09-02", 4.1, ("x10^3/uL", "10*3/uL"), 4.0, 11.0, e1, "wbc"),
          llab(r, "CBC-HB", "Haemoglobin", "2026-09-02", 11.9, "g/dL", 12.0, 15.5, e1, "hb"),
          llab(r, "CBC-PLT", "Platelets", "2026-09-02", 168, ("x10^3/uL", "10*3/uL"), 150, 450, e1, "plt"),
          llab(r, "DEN-NS1", "Dengue NS1 antigen", "2026-09-02", "Negative", None, enc=e1, interp="N")]
    viral = r.cond(icd("B34.9", "Viral infection, unspecified", text="Viral fever"), onset="2026-08-29", status="resolved",
                   ver="refuted", cat="encounter-diagnosis", enc=e1, who=gp, abate="2026-09-08",
                   note="Working diagnosis at first visit; superseded by culture-proven enteric fever on 08-09-2026.")
    r.medreq(txt("Tab Paracetamol 500 mg"), "2026-09-02", "2 tabs TDS SOS for fever", who=gp, enc=e1, status="completed", prn=True)
    r.note("2026-09-02", "Family medicine OPD", """
        19 y/o F, university student, brought by father (Abbu ji). Bukhar x 4 days up to 39, sar dard, jism mein
        dard. No cough, no dysuria, no rash. Dengue NS1 neg, TLC 4.1, plt 168.
        Imp: viral fever. Plan: paracetamol, fluids, rest. Come back in 3-4 days if bukhar na utray (fever persists)
        – will send blood culture then.
        """, author=gp, enc=e1)
    e2 = r.enc("2026-09-06", type=svc("OPD-MED", "Medical OPD consultation"), who=med,
               reason="Persistent fever day 8, abdominal pain")
    r.vitals("2026-09-06", e2, temp=39.4, hr=88, bp=(104, 66))
    bc = llab(r, "MB-BC", "Blood culture & sensitivity", "2026-09-06",
              cc((LOCAL_LAB, "ORG-STY", "Salmonella enterica serovar Typhi"), text="Salmonella Typhi isolated"),
              None, enc=e2, key="bcult", interp="A",
              note="XDR pattern: resistant to ampicillin, chloramphenicol, co-trimoxazole, ciprofloxacin, ceftriaxone. "
                   "Sensitive: azithromycin, meropenem.")
    r.report(txt("Blood culture & sensitivity"), "2026-09-06", [bc], "Salmonella Typhi (XDR) isolated after 48 h.",
             cat="MB", enc=e2, issued="2026-09-08")
    typh = r.cond(icd("A01.0", "Typhoid fever", text="Enteric fever – XDR Salmonella Typhi"), onset="2026-08-29",
                  status="resolved", recorded="2026-09-08", abate="2026-09-20", who=med, evidence=[bc])
    r.medreq(txt("Tab Azithromycin 500 mg"), "2026-09-08", "1 BD x 7 days", reason_ref=[typh], who=med,
             status="completed", end="2026-09-15")
    r.comm("2026-09-08", med, [r.pat, father],
           "Blood culture report: Salmonella Typhi (XDR). Start azithromycin 500 mg twice daily for 7 days. "
           "Boiled water only. Return if vomiting, severe pait dard or bleeding. – Dr Naveed Akhtar", t="16:20")
    r.note("2026-09-06", "Medical OPD", """
        Day 8 of fever, step-ladder pattern, relative bradycardia, mild pait dard (abdominal pain), coated tongue.
        Blood culture sent. Father wants to know if admission needed – explained can manage at home if she can
        take orally. Father agreed (ghar pe ilaaj).
        """, author=med, enc=e2)
    e3 = r.enc("2026-09-21", type=svc("OPD-MED-FU", "Medical OPD follow-up"), who=med, reason_ref=[typh])
    r.vitals("2026-09-21", e3, temp=36.7, hr=76)
    llab(r, "CBC-HB", "Haemoglobin", "2026-09-21", 12.2, "g/dL", 12.0, 15.5, e3, "hb")
    r.note("2026-09-21", "Medical OPD – follow-up", """
        Afebrile since 12-09. Completed azithromycin. Appetite better, back to university. Alhamdulillah.
        Imp: XDR typhoid – resolved. Advised typhoid conjugate vaccine for younger siblings. Discharged from follow-up.
        """, author=med, enc=e3)
    return r, meta("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
                   "The catch-all 'viral fever' (B34.9) was a 6-day working label, refuted once the blood culture grew "
                   "XDR Salmonella Typhi; the typhoid diagnosis explains every symptom and the illness resolved.",
                   "Pakistani OPD: 'viral fever' replaced by culture-proven XDR typhoid, treated at home and resolved")


# ---------------------------------------------------------------------------------------------------------------
def b03(cid):
    """MAJOR_PROCEDURE_PLANNED positive: CABG for triple-vessel disease after NSTEMI, planned 16-12-2026, sons
    arranging funds / panel approval."""
    r = setup(cid, "Tariq", "Mehmood", "male", "1970-08-11", "ZMC-19-077218",
              panel=("Indus Cement Ltd", "ICL-11208"), line="House 45-B, Model Town", phone="+92 301 4477210",
              marital="M")
    card = r.staff("cardio")
    cts = r.staff("cts")
    son = r.related("SON", "natural son", "Hamza", "Tariq", "male", "+92 322 4100987")
    dm = r.cond(icd("E11.9", "Type 2 diabetes mellitus without complications", text="DM type 2"), onset="2014-01-01")
    htn = r.cond(icd("I10", "Essential (primary) hypertension"), onset="2012-01-01")
    dl = r.cond(icd("E78.0", "Pure hypercholesterolaemia", text="Dyslipidaemia"), onset="2016-01-01")
    e0 = r.enc("2026-06-20", type=svc("OPD-MED", "Medical OPD consultation"), who=card, reason="DM/HTN follow-up")
    llab(r, "HBA1C", "HbA1c", "2026-06-20", 8.1, "%", 4.0, 5.6, e0, "hba1c")
    e1 = r.enc("2026-10-08", end="2026-10-13", cls="IMP", type=svc("ADM-CCU", "CCU admission"), who=card,
               reason="Central chest pain 3 hours, sweating", admit=txt("Emergency department"),
               discharge=txt("Home"))
    trop = llab(r, "HS-TNI", "hs-Troponin I", "2026-10-08", 1840, ("ng/L", "ng/L"), None, 26, e1, interp="H")
    mi = r.cond(icd("I21.4", "Acute subendocardial myocardial infarction", text="NSTEMI"), onset="2026-10-08",
                status="resolved", abate="2026-10-13", cat="encounter-diagnosis", enc=e1, who=card, evidence=[trop])
    cad = r.cond(icd("I25.1", "Atherosclerotic heart disease", text="Triple vessel coronary artery disease"),
                 onset="2026-10-10", who=card)
    angio = r.proc(svc("CATH-CAG", "Coronary angiography"), date="2026-10-10", who=card, enc=e1, reason_ref=[mi],
                   outcome=txt("LM normal; proximal LAD 90%, LCx 80%, RCA 95% – triple vessel disease, SYNTAX 29"))
    r.obs(loinc("10230-1", "Left ventricular Ejection fraction"), "2026-10-11", 45, "%", low=52, cat="imaging", enc=e1)
    r.impression("2026-10-12", "Heart team (cardiology + cardiac surgery): diabetic with triple vessel disease, "
                 "SYNTAX 29, LVEF 45% – CABG recommended over multivessel PCI.", who=cts, problems=[cad], enc=e1)
    r.note("2026-10-13", "Discharge summary", """
        Dx: NSTEMI. Triple vessel CAD (SYNTAX 29). DM2, HTN, dyslipidaemia. LVEF 45%.
        Course: managed medically in CCU; CAG 10-10-2026. Heart team advised CABG.
        Family (wife and sons) counselled. Patient says "jo bachay kahen gay wohi karun ga" (will do what sons decide).
        Sons need time to arrange funds; panel approval to be requested from Indus Cement HR.
        Discharge meds: aspirin 75, clopidogrel 75, atorvastatin 80, bisoprolol 2.5, ramipril 2.5,
        ISMN 30, metformin 1 g BD, gliclazide 80 BD. Follow-up cardiac surgery OPD in 2 weeks.
        """, author=card, enc=e1, type=("18842-5", "Discharge summary"))
    for text, dose, why in [("Tab Aspirin 75 mg", "1 OD", cad), ("Tab Clopidogrel 75 mg", "1 OD", cad),
                            ("Tab Atorvastatin 80 mg", "1 HS", dl), ("Tab Bisoprolol 2.5 mg", "1 OD", cad),
                            ("Tab Ramipril 2.5 mg", "1 OD", htn), ("Tab Metformin 1 g", "1 BD", dm)]:
        r.medreq(txt(text), "2026-10-13", dose, reason_ref=[why], who=card, enc=e1)
    e2 = r.enc("2026-10-27", type=svc("OPD-CTS", "Cardiac surgery OPD"), who=cts, reason_ref=[cad])
    cabg = r.sr(svc("SURG-CABG", "Coronary artery bypass grafting (on-pump), LIMA-LAD + SVG x2"), "2026-10-27",
                status="active", intent="plan", cat=[sct("387713003", "Surgical procedure")], reason_ref=[cad],
                who=cts, performer=[r.org_ref], when="2026-12-16", enc=e2, insurance=[r.cov],
                note="Tentative date 16-12-2026 subject to panel approval / deposit. Estimate given to family.")
    r.note("2026-10-27", "Cardiac surgery OPD", """
        Seen with son Hamza. Angina CCS II on medical Rx. Explained CABG – benefits, risks (mortality ~2%), recovery
        6-8 weeks. Cost estimate given (package PKR 1.45 million). Son says they will arrange – "Insha'Allah
        intezam ho jaye ga". Request letter for panel approval issued to Indus Cement HR.
        Plan: CABG tentatively 16-12-2026. Stop clopidogrel 5 days pre-op. Pre-op workup next visit.
        """, author=cts, enc=e2, type=("11488-4", "Consult note"))
    e3 = r.enc("2026-11-17", type=svc("OPD-CTS", "Cardiac surgery OPD"), who=cts, reason_ref=[cad])
    r.vitals("2026-11-17", e3, bp=(128, 80), hr=62, wt=79.0)
    llab(r, "HBA1C", "HbA1c", "2026-11-17", 7.6, "%", 4.0, 5.6, e3, "hba1c")
    llab(r, "CBC-HB", "Haemoglobin", "2026-11-17", 13.8, "g/dL", 13.0, 17.0, e3, "hb")
    llab(r, "RFT-CR", "Serum Creatinine", "2026-11-17", 1.0, ("mg/dL", "mg/dL"), 0.7, 1.3, e3, "crea")
    r.sr(svc("RAD-CAROTID", "Carotid Doppler"), "2026-11-17", intent="order", based_on=[cabg], who=cts, enc=e3)
    r.note("2026-11-17", "Cardiac surgery OPD – pre-op", """
        Panel approval letter received from Indus Cement (covers 80%); family paying rest. Decision final –
        "ab faisla ho gaya". Admission 15-12-2026 for CABG 16-12-2026. Pre-op: carotid doppler, PFTs, dental check.
        """, author=cts, enc=e3)
    return r, meta("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
                   "Active plan for on-pump CABG (ServiceRequest) dated 16-12-2026 after NSTEMI with triple-vessel "
                   "disease; family and panel approval obtained, not yet performed.",
                   "Pakistani cardiac surgery: CABG planned for triple-vessel disease, sons arranging funds and panel "
                   "approval")


# ---------------------------------------------------------------------------------------------------------------
def b04(cid):
    """UNTREATABLE_PROGNOSIS positive: decompensated post-HCV cirrhosis (Child-Pugh C, MELD-Na 27); hepatologist
    records no further treatment, home hospice referral; transplant never assessed."""
    r = setup(cid, "Shamim", "Akhtar", "female", "1974-02-02", "ZMC-21-093310", line="Mohalla Islampura, near Jamia Masjid",
              phone="+92 306 7712904", marital="W")
    hep = r.staff("hep")
    pall = r.staff("pall")
    son = r.related("SON", "natural son", "Adeel", "Akhtar", "male", "+92 302 1187340")
    hospice = r.org("Aas Home Hospice Care, Lahore", "prov", "Lahore")
    welfare = r.org("Zaitoon Welfare (Zakat) Fund", "pay", "Lahore")
    r.coverage(welfare, cc((V3ACT, "PUBLICPOL", "public healthcare"), text="Hospital zakat/welfare support (50% of bills)"),
               subscriber_id="ZWF-2025-0881", start="2025-06-01")
    hcv = r.cond(icd("B18.2", "Chronic viral hepatitis C"), onset="2019-01-01", status="resolved", abate="2022-09-15",
                 note="Sofosbuvir + daclatasvir 12 weeks 2022; SVR12 achieved.")
    cirr = r.cond(icd("K74.6", "Other and unspecified cirrhosis of liver", text="Decompensated cirrhosis (post-HCV), Child-Pugh C"),
                  onset="2021-03-01", who=hep)
    asc = r.cond(icd("R18", "Ascites", text="Refractory ascites"), onset="2025-11-01", who=hep)
    he = r.cond(icd("K72.1", "Chronic hepatic failure", text="Recurrent hepatic encephalopathy"), onset="2026-08-02", who=hep)
    var = r.cond(icd("I85.9", "Oesophageal varices without bleeding", text="Grade II oesophageal varices"), onset="2024-02-01")
    e1 = r.enc("2026-07-15", type=svc("OPD-HEP", "Hepatology OPD"), who=hep, reason_ref=[cirr])
    e2 = r.enc("2026-08-02", end="2026-08-07", cls="IMP", type=svc("ADM-MED", "Medical ward admission"), who=hep,
               reason="Confusion, drowsiness (hepatic encephalopathy grade 2)", admit=txt("Emergency department"),
               reason_ref=[he])
    for d in ("2026-09-10", "2026-10-08", "2026-11-05"):
        ed = r.enc(d, type=svc("DC-PARA", "Day-care large volume paracentesis"), who=hep, reason_ref=[asc], t="08:30",
                   t_end="13:00")
        r.proc(svc("PROC-LVP", "Large volume paracentesis with IV albumin"), date=d, who=hep, enc=ed, reason_ref=[asc],
               outcome=txt("7 L drained, albumin 20% 300 mL"))
    e3 = r.enc("2026-11-19", type=svc("OPD-HEP", "Hepatology OPD"), who=[hep, pall], reason_ref=[cirr])
    r.vitals("2026-11-19", e3, bp=(96, 60), hr=92, wt=58.0)
    labs = [llab(r, "LFT-BIL", "Total bilirubin", "2026-11-19", 4.8, ("mg/dL", "mg/dL"), 0.2, 1.2, e3, "bili"),
            llab(r, "LFT-ALB", "Serum albumin", "2026-11-19", 2.3, ("g/dL", "g/dL"), 3.5, 5.0, e3, "alb"),
            llab(r, "COAG-INR", "INR", "2026-11-19", 2.1, ("{INR}", "{INR}"), 0.8, 1.2, e3, "inr"),
            llab(r, "ELEC-NA", "Serum sodium", "2026-11-19", 128, "mmol/L", 135, 145, e3, "na"),
            llab(r, "RFT-CR", "Serum creatinine", "2026-11-19", 1.4, ("mg/dL", "mg/dL"), 0.5, 1.1, e3, "crea"),
            llab(r, "CBC-PLT", "Platelets", "2026-11-19", 62, ("x10^3/uL", "10*3/uL"), 150, 450, e3, "plt"),
            llab(r, "AFP", "Alpha fetoprotein", "2026-11-19", 6, ("ng/mL", "ng/mL"), None, 10, e3, "afp", interp="N")]
    r.obs(txt("MELD-Na score"), "2026-11-19", 27, cat="survey", enc=e3, derived=labs[:5])
    r.obs(txt("Child-Turcotte-Pugh score"), "2026-11-19", 11, cat="survey", enc=e3, note="Class C")
    r.report(txt("Ultrasound abdomen"), "2026-11-19", conclusion="Shrunken coarse liver, no focal lesion, gross ascites, "
             "splenomegaly 15 cm, patent portal vein.", cat="RUS", enc=e3)
    for text, dose in [("Tab Spironolactone 100 mg", "1 OD"), ("Tab Furosemide 40 mg", "1 OD"),
                       ("Syp Lactulose", "30 mL TDS, aim 2-3 soft stools"), ("Tab Rifaximin 550 mg", "1 BD")]:
        r.medreq(txt(text), "2026-08-07", dose, reason_ref=[cirr], who=hep)
    hosp_ref = r.sr(svc("REF-HOSPICE", "Referral to home hospice / palliative care"), "2026-11-19", intent="order",
                    cat=[sct("3457005", "Patient referral")], reason_ref=[cirr], who=hep, performer=[hospice], enc=e3)
    r.careplan("Supportive / palliative care plan", "2026-11-19", addresses=[cirr, asc, he], who=pall, enc=e3,
               cat=[sct("103735009", "Palliative care")],
               activities=[hosp_ref, ("Monthly day-care paracentesis for comfort", "scheduled", None),
                           ("Lactulose / rifaximin to prevent encephalopathy", "in-progress", None)],
               desc="Comfort-focused care at home; no further disease-directed treatment.")
    r.note("2026-11-19", "Hepatology OPD", """
        52 y/o widow, post-HCV cirrhosis (SVR 2022), now decompensated: refractory ascites needing monthly LVP,
        HE admission Aug-2026. CTP 11 (C), MELD-Na 27. AFP normal, no HCC on US.
        Liver transplant was mentioned to family in 2025 – no related donor (son Adeel not suitable – fatty liver,
        blood group mismatch) and cost not possible, so never referred.
        Counselled son and daughter: no further treatment options available for her liver apart from supportive care
        ("ab dawa ke saath dua ki zaroorat hai"). Referred to Aas Home Hospice; monthly paracentesis for comfort.
        Family understands; son asks if "koi aur ilaaj" exists abroad – explained not practical.
        """, author=hep, enc=e3)
    return r, meta("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
                   "Active decompensated cirrhosis with an explicit no-further-treatment note, palliative care plan and "
                   "home-hospice referral; transplant assessment was never obtained and no second opinion is on record.",
                   "Pakistani hepatology: Child-Pugh C cirrhosis declared beyond treatment, hospice referral, "
                   "transplant never assessed")


# ---------------------------------------------------------------------------------------------------------------
def b05(cid):
    """HIGH_IMPACT_TREATMENT positive: adjuvant AC chemotherapy running (cycle 3 of 4) after left mastectomy for
    breast cancer; weekly paclitaxel and radiotherapy to follow."""
    r = setup(cid, "Nasreen", "Fatima", "female", "1982-12-01", "ZMC-26-188402", line="House 7, Block C, Johar Town",
              phone="+92 323 6650912", marital="M")
    onco = r.staff("onco")
    surg = r.staff("surg")
    path = r.staff("path")
    husband = r.related("HUSB", "husband", "Shahid", "Iqbal", "male", "+92 300 8876120")
    rt = r.org("Institute of Nuclear Medicine & Oncology (radiotherapy unit)", "prov", "Lahore")
    bx = r.report(txt("Histopathology – core biopsy left breast"), "2026-08-05",
                  conclusion="Invasive ductal carcinoma, grade 3. ER positive (Allred 6), PR negative, HER2 1+ (negative). Ki-67 40%.",
                  cat="SP", who=path)
    bc = r.cond(icd("C50.4", "Malignant neoplasm: Upper-outer quadrant of breast", text="Carcinoma left breast (IDC), pT2 N1 M0"),
                onset="2026-08-05", who=onco, evidence=[bx], stage=txt("Stage IIB"), body=[sct("80248007", "Left breast structure")])
    r.proc(svc("SURG-MRM", "Modified radical mastectomy, left"), date="2026-09-03", who=surg, reason_ref=[bc],
           outcome=txt("Tumour 3.4 cm, margins clear, 2/14 axillary nodes positive"))
    r.obs(loinc("10230-1", "Left ventricular Ejection fraction"), "2026-10-01", 62, "%", low=52, cat="imaging")
    ac_plan = r.careplan("Adjuvant chemotherapy: AC x4 q21d then weekly paclitaxel x12; then RT and hormonal therapy",
                         "2026-10-08", addresses=[bc], who=onco,
                         cat=[sct("367336001", "Chemotherapy")],
                         activities=[("Doxorubicin 60 mg/m2 + cyclophosphamide 600 mg/m2 q21 days x 4", "in-progress", None),
                                     ("Paclitaxel 80 mg/m2 weekly x 12", "not-started", None),
                                     ("Post-mastectomy radiotherapy (chest wall + SCF)", "not-started", None),
                                     ("Tamoxifen 20 mg daily x 5-10 years", "not-started", None)])
    cycles = [("2026-10-08", 13.0, 3.9), ("2026-10-29", 11.8, 2.6), ("2026-11-19", 11.1, 2.1)]
    for i, (d, hb, anc) in enumerate(cycles, 1):
        e = r.enc(d, type=svc("DC-CHEMO", f"Day-care chemotherapy – AC cycle {i}"), who=onco, reason_ref=[bc],
                  t="09:00", t_end="14:00")
        llab(r, "CBC-HB", "Haemoglobin", d, hb, "g/dL", 12.0, 15.5, e, "hb")
        llab(r, "CBC-ANC", "Absolute neutrophil count", d, anc, ("x10^3/uL", "10*3/uL"), 1.5, 7.5, e)
        r.medadmin(txt("Inj Doxorubicin 60 mg/m2 (96 mg) IV"), d, dose=(96, "mg"), enc=e, reason_ref=[bc], t="10:30",
                   end_t="10:45")
        r.medadmin(txt("Inj Cyclophosphamide 600 mg/m2 (960 mg) IV"), d, dose=(960, "mg"), enc=e, reason_ref=[bc],
                   t="10:50", end_t="11:30")
    r.medreq(txt("Tab Ondansetron 8 mg"), "2026-10-08", "1 BD x 3 days after each cycle", reason_ref=[bc], who=onco)
    r.medreq(txt("Tab Dexamethasone 4 mg"), "2026-10-08", "1 BD x 3 days after each cycle", reason_ref=[bc], who=onco)
    r.medreq(txt("Inj Paclitaxel 80 mg/m2 weekly"), "2026-11-19", "Weekly x 12 from 10-12-2026", status="active",
             intent="plan", reason_ref=[bc], who=onco)
    r.sr(txt("Referral for post-mastectomy radiotherapy"), "2026-11-19", intent="order", reason_ref=[bc], who=onco,
         performer=[rt], when="2027-03-15", cat=[sct("3457005", "Patient referral")])
    r.note("2026-11-19", "Oncology day-care note", """
        AC cycle 3. Tolerating with difficulty: nausea/vomiting day 1-3, mouth ulcers, complete alopecia
        ("baal jharne ka bohat dukh hai"), fatigue – cannot do housework, mother-in-law helping with children.
        ANC 2.1 – OK to proceed. Husband Shahid present; he and his mother take decisions about treatment and
        expenses (paying out of pocket, part from hospital welfare).
        Plan: AC cycle 4 on 10-12-2026 then weekly paclitaxel x12, then radiotherapy at INMOL, then tamoxifen.
        """, author=onco)
    return r, meta("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
                   "Adjuvant doxorubicin/cyclophosphamide chemotherapy is running (3 of 4 cycles given) after a left "
                   "mastectomy, with weekly paclitaxel and chest-wall radiotherapy planned – high-impact treatment.",
                   "Pakistani oncology: breast cancer after mastectomy, adjuvant AC chemotherapy in progress")


# ---------------------------------------------------------------------------------------------------------------
def b06(cid):
    """HIGH_IMPACT_TREATMENT near miss: colon cancer treated in 2021-22 (hemicolectomy, adjuvant CAPOX), now
    5-year surveillance clear; current problems diabetes and knee OA only."""
    r = setup(cid, "Abdul", "Rehman", "male", "1960-04-04", "ZMC-21-061177", line="Street 9, Samanabad",
              phone="+92 300 4012377", marital="M")
    med = r.staff("med")
    surg = r.staff("surg")
    onco = r.staff("onco")
    crc = r.cond(icd("C18.2", "Malignant neoplasm: Ascending colon", text="Ca ascending colon pT3 N1a M0 (2021)"),
                 onset="2021-05-20", status="remission", abate="2022-02-15", who=onco,
                 note="Right hemicolectomy 14-06-2021; adjuvant CAPOX x 8 completed 02-2022. Disease-free since.")
    r.proc(svc("SURG-RHC", "Laparoscopic right hemicolectomy"), date="2021-06-14", who=surg, reason_ref=[crc])
    r.medstmt(txt("CAPOX (capecitabine + oxaliplatin) adjuvant x 8 cycles"), "2021-07-12", "q21 days",
              status="completed", end="2022-02-15", reason_ref=[crc])
    dm = r.cond(icd("E11.9", "Type 2 diabetes mellitus without complications", text="DM type 2"), onset="2017-01-01")
    htn = r.cond(icd("I10", "Essential (primary) hypertension"), onset="2015-01-01")
    oa = r.cond(icd("M17.0", "Primary gonarthrosis, bilateral", text="OA knees"), onset="2022-01-01")
    r.medstmt(txt("Tab Metformin 500 mg"), "2017-01-01", "1 BD", reason_ref=[dm])
    r.medstmt(txt("Tab Sitagliptin 50 mg"), "2024-03-01", "1 OD", reason_ref=[dm])
    r.medstmt(txt("Tab Losartan 50 mg"), "2015-01-01", "1 OD", reason_ref=[htn])
    r.medstmt(txt("Tab Paracetamol 500 mg"), "2022-01-01", "2 tabs SOS for knee pain", reason_ref=[oa])
    e1 = r.enc("2026-05-12", type=svc("OPD-ONC", "Oncology OPD – surveillance"), who=onco, reason_ref=[crc])
    llab(r, "CEA", "CEA", "2026-05-12", 1.8, ("ng/mL", "ng/mL"), None, 5.0, e1, "cea", interp="N")
    r.report(txt("CT chest, abdomen & pelvis with contrast"), "2026-05-20",
             conclusion="Post right hemicolectomy. No local recurrence, no nodal or distant metastasis.", cat="CT")
    r.report(txt("Colonoscopy"), "2026-06-02", conclusion="Ileocolic anastomosis healthy. No polyp. Next in 5 years.",
             cat="OTH")
    r.note("2026-05-12", "Oncology OPD", """
        5 years post right hemicolectomy + adjuvant CAPOX. Asymptomatic, weight stable. CEA 1.8.
        CT CAP and colonoscopy clear. Disease-free at 5 years – discharged from oncology follow-up to family physician
        with yearly CEA. Mild residual oxaliplatin neuropathy toes – stable, no Rx needed.
        """, author=onco, enc=e1)
    e2 = r.enc("2026-11-10", type=svc("OPD-MED", "Medical OPD consultation"), who=med, reason="Diabetes follow-up, knee pain")
    r.vitals("2026-11-10", e2, bp=(134, 82), hr=76, wt=78.0)
    llab(r, "HBA1C", "HbA1c", "2026-11-10", 7.0, "%", 4.0, 5.6, e2, "hba1c")
    llab(r, "RFT-CR", "Serum creatinine", "2026-11-10", 1.0, ("mg/dL", "mg/dL"), 0.7, 1.3, e2, "crea")
    r.sr(txt("Physiotherapy – knee strengthening programme"), "2026-11-10", intent="order", reason_ref=[oa], who=med, enc=e2)
    r.note("2026-11-10", "Medical OPD", """
        Alhamdulillah doing well. Sugar controlled (HbA1c 7.0). Knee pain on namaz/sajda and stairs.
        Plan: continue metformin + sitagliptin, physiotherapy for knees, weight reduction. Yearly CEA due 05-2027.
        """, author=med, enc=e2)
    return r, meta("HIGH_IMPACT_TREATMENT", "near-miss", [],
                   "Chemotherapy and colon surgery were completed in 2021-22; the cancer is in remission at 5 years and "
                   "nothing high-impact is planned or running (only diabetes drugs and knee physiotherapy).",
                   "Pakistani OPD: colon cancer survivor 5 years after CAPOX, surveillance clear, routine diabetes care")


# ---------------------------------------------------------------------------------------------------------------
def b07(cid):
    """PATIENT_REPORTED_CONCERN positive: epilepsy patient records (patient-authored Flag and message) that he wants a
    second opinion before accepting lifelong antiseizure medication."""
    r = setup(cid, "Imran", "Qureshi", "male", "1991-07-19", "ZMC-26-140092",
              panel=("Mehran Commercial Bank Ltd", "MCB-88120"), line="House 21, DHA Phase 5", phone="+92 321 4008812",
              marital="M")
    neuro = r.staff("neuro")
    e0 = r.enc("2026-05-14", end="2026-05-14", cls="EMER", type=svc("ER", "Emergency department"), who=neuro,
               reason="Witnessed generalised tonic-clonic seizure at home", t="23:10", t_end="23:59")
    e1 = r.enc("2026-05-21", type=svc("OPD-NEURO", "Neurology OPD"), who=neuro, reason="First seizure")
    r.report(txt("EEG (routine, 30 min)"), "2026-05-28", conclusion="Intermittent left temporal sharp waves; no seizure recorded.",
             cat="OTH", who=neuro)
    r.report(txt("MRI brain (epilepsy protocol)"), "2026-06-04", conclusion="Normal study. No hippocampal sclerosis.", cat="NMR")
    e2 = r.enc("2026-08-06", type=svc("OPD-NEURO", "Neurology OPD"), who=neuro, reason="Second seizure 30-07-2026")
    epi = r.cond(icd("G40.2", "Localization-related (focal)(partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures",
                     text="Focal epilepsy with focal to bilateral tonic-clonic seizures"), onset="2026-05-14",
                 recorded="2026-08-06", enc=e2, who=neuro)
    r.medreq(txt("Tab Levetiracetam 500 mg"), "2026-08-06", "1 BD", status="completed", reason_ref=[epi], who=neuro, enc=e2)
    r.medreq(txt("Tab Levetiracetam 750 mg"), "2026-09-10", "1 BD", reason_ref=[epi], who=neuro)
    r.note("2026-08-06", "Neurology OPD", """
        2nd unprovoked seizure 30-07-2026 (nocturnal GTCS, tongue bite). EEG left temporal sharp waves, MRI normal.
        Dx: focal epilepsy. Start levetiracetam 500 BD. Counselled: no driving for 12 months, avoid sleep deprivation.
        """, author=neuro, enc=e2)
    e3 = r.enc("2026-11-12", type=svc("OPD-NEURO", "Neurology OPD"), who=neuro, reason_ref=[epi])
    r.obs(txt("Seizure frequency since last visit"), "2026-11-12", 0, cat="survey", enc=e3)
    r.note("2026-11-12", "Neurology OPD", """
        Seizure-free since Aug. Side effect: irritability ("ghussa bohat aata hai"), poor sleep. Told likely long-term
        / lifelong treatment; not to drive until 08-2027. Pt upset – job as branch officer needs driving between
        branches. Asked many questions about whether diagnosis is certain. Continue LEV 750 BD.
        """, author=neuro, enc=e3)
    r.flag(txt("Patient request: second opinion from another neurologist on epilepsy diagnosis and lifelong medication"),
           "2026-11-14", author=r.pat, cat=[cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))])
    r.comm("2026-11-14", r.pat, [neuro],
           "Assalam o alaikum Dr sahib. After last visit I am very disturbed. I had only two fits and now I am told "
           "tablets for whole life and no driving, my job is at risk. Mujhe yaqeen nahi ho raha. I want a second "
           "opinion (kisi aur neurologist ki raye) before I accept this. Please refer me or share my EEG and MRI CD so "
           "I can show another doctor. – Imran Qureshi", t="22:47",
           cat=[cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"))])
    return r, meta("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
                   "The patient himself recorded a Flag and sent a message (2026-11-14) asking for a second opinion "
                   "from another neurologist about his epilepsy diagnosis and lifelong medication; none is on record.",
                   "Pakistani neurology: young bank officer with new epilepsy asks for a second opinion")


# ---------------------------------------------------------------------------------------------------------------
def b08(cid):
    """PATIENT_REPORTED_CONCERN near miss: patient asked for a second opinion on her thyroid nodule in April 2026; the
    second opinion (slide review + endocrine surgeon) was done in May 2026 and concurred."""
    r = setup(cid, "Farzana", "Yasmin", "female", "1984-09-27", "ZMC-26-110934", line="House 3, Garden Town",
              phone="+92 333 4120988", marital="M")
    endo = r.staff("endo")
    surg = r.staff("surg")
    path = r.staff("path")
    ext = r.org("Punjab Thyroid & Endocrine Centre", "prov", "Lahore")
    ext_doc = r.pract("Sadia", "Khalid", "Dr.", "FRCS, endocrine surgeon", "female", org=ext)
    r.famhx("SIS", "sister", [icd("C73", "Malignant neoplasm of thyroid gland", text="Papillary thyroid cancer, age 38")],
            sex="female")
    e1 = r.enc("2026-03-10", type=svc("OPD-ENDO", "Endocrine OPD"), who=endo, reason="Neck swelling (gilhar?) noticed 2 months")
    llab(r, "TSH", "TSH", "2026-03-10", 1.6, ("mIU/L", "m[IU]/L"), 0.4, 4.0, e1, "tsh")
    us = r.report(txt("Ultrasound thyroid"), "2026-03-12", conclusion="Right lobe solid-cystic nodule 2.4 x 1.8 cm, "
                  "isoechoic, smooth margins, no calcification – TI-RADS 3. No cervical lymphadenopathy.", cat="RUS")
    nod = r.cond(icd("E04.1", "Nontoxic single thyroid nodule", text="Right thyroid nodule, benign (Bethesda II)"),
                 onset="2026-03-12", who=endo, evidence=[us])
    r.proc(svc("PROC-FNAC-THY", "US-guided FNAC thyroid"), date="2026-03-20", who=path, reason_ref=[nod])
    fna = r.report(txt("FNAC thyroid – cytology"), "2026-03-23", conclusion="Benign follicular nodule (Bethesda II).",
                   cat="CP", who=path)
    r.note("2026-03-24", "Endocrine OPD", """
        FNAC Bethesda II – benign. Advised observation with repeat US in 6-12 months; surgery not needed unless growth
        or pressure symptoms. Pt very anxious because baji (elder sister) had papillary Ca at 38.
        """, author=endo)
    c1 = r.comm("2026-04-06", r.pat, [endo],
                "Doctor sahiba, I cannot sleep since the report. My sister's cancer was also first called simple. I want a "
                "second opinion from another specialist and another lab to look at my slides. Please guide.", t="20:05")
    so = r.sr(txt("Second opinion – cytology slide review and endocrine surgery consultation"), "2026-04-07",
              status="completed", intent="order", cat=[sct("3457005", "Patient referral")], reason_ref=[nod], who=endo,
              performer=[ext])
    r.comm("2026-04-07", endo, [r.pat], "Referral letter and slides released for second opinion at Punjab Thyroid & "
           "Endocrine Centre. Slides can be collected from histopathology counter.", reply_to=[c1], t="11:30")
    e2 = r.enc("2026-05-18", type=txt("Second opinion consultation – endocrine surgery"), who=ext_doc, org=ext,
               reason_ref=[nod])
    r.note("2026-05-18", "Second opinion – Punjab Thyroid & Endocrine Centre", """
        Second opinion requested by patient (referral Zaitoon Medical Complex 07-04-2026).
        Slides reviewed by our cytopathologist: benign follicular nodule, Bethesda II – concur.
        US reviewed: TI-RADS 3, 2.4 cm. Family history of PTC in sister noted.
        Opinion: no indication for surgery at present. Repeat US at 6 months; repeat FNAC only if growth >20% or new
        suspicious features. Patient reassured.
        """, author=ext_doc, enc=e2, type=("11488-4", "Consult note"), related=[so])
    e3 = r.enc("2026-11-16", type=svc("OPD-ENDO", "Endocrine OPD"), who=endo, reason_ref=[nod])
    r.report(txt("Ultrasound thyroid – follow-up"), "2026-11-16", conclusion="Right lobe nodule 2.4 x 1.8 cm – unchanged, TI-RADS 3.",
             cat="RUS", enc=e3)
    r.note("2026-11-16", "Endocrine OPD", """
        Nodule stable on US. Pt relieved after second opinion in May – "ab tasalli hai". Repeat US in 12 months.
        """, author=endo, enc=e3)
    return r, meta("PATIENT_REPORTED_CONCERN", "near-miss", [],
                   "The patient's request for a second opinion (2026-04-06) was acted on: an external slide review and "
                   "endocrine-surgery second opinion on 2026-05-18 concurred, so it is already on record within 12 "
                   "months for the same nodule.",
                   "Pakistani endocrine OPD: benign thyroid nodule, patient's second-opinion request already fulfilled")


# ---------------------------------------------------------------------------------------------------------------
def b09(cid):
    """WORSENING_DESPITE_TREATMENT near miss: blood pressure climbs from July to November 2026 but the patient had
    stopped his antihypertensives in June because of cost."""
    r = setup(cid, "Ghulam", "Rasool", "male", "1976-01-15", "ZMC-23-150288", line="Shop 14, Anarkali Bazaar",
              phone="+92 300 6654109", marital="M")
    gp = r.staff("gp")
    htn = r.cond(icd("I10", "Essential (primary) hypertension"), onset="2023-09-01", who=gp)
    r.obs(loinc("72166-2", "Tobacco smoking status"), "2026-03-12", sct("77176002", "Smoker", text="Current smoker – 15 cigarettes/day"),
          cat="social-history")
    r.medstmt(txt("Tab Amlodipine 5 mg"), "2024-02-10", "1 OD", status="stopped", end="2026-06-05", reason_ref=[htn],
              status_reason=[txt("Patient stopped himself – cost ('dawai mehngi hai') and felt well")])
    r.medstmt(txt("Tab Losartan 50 mg"), "2024-02-10", "1 OD", status="stopped", end="2026-06-05", reason_ref=[htn],
              status_reason=[txt("Patient stopped himself – cost ('dawai mehngi hai') and felt well")])
    rows = [("2026-03-12", (136, 86)), ("2026-07-14", (152, 94)), ("2026-09-15", (164, 100)), ("2026-11-17", (172, 104))]
    encs = []
    for d, bp in rows:
        e = r.enc(d, type=svc("OPD-FM", "Family medicine OPD"), who=gp, reason_ref=[htn])
        encs.append(e)
        r.vitals(d, e, bp=bp, hr=80, wt=84.0)
    llab(r, "RFT-CR", "Serum creatinine", "2026-11-17", 1.0, ("mg/dL", "mg/dL"), 0.7, 1.3, encs[3], "crea")
    llab(r, "ELEC-K", "Serum potassium", "2026-11-17", 4.3, "mmol/L", 3.5, 5.1, encs[3], "k")
    r.report(txt("ECG 12-lead"), "2026-11-17", conclusion="Sinus rhythm 78/min, no LVH, no ischaemic changes.", cat="EC",
             enc=encs[3])
    r.note("2026-07-14", "Family medicine OPD", """
        BP 152/94. Pt says "sab theek hai", came for cough. On questioning – "goliyan kabhi kabhi leta hoon".
        Advised regular meds. Quit smoking advice.
        """, author=gp, enc=encs[1])
    r.note("2026-11-17", "Family medicine OPD", """
        BP 172/104. Pt now admits he stopped both BP tablets in early June – "dawai mehngi hai aur ab sar dard nahi
        hota". No chest pain, no SOB. ECG normal, creatinine normal.
        Counselled about stroke risk (falij ka khatra). Restart amlodipine 5 mg (cheapest generic, PKR 90/month);
        add losartan once affordable. Review in 2 weeks.
        """, author=gp, enc=encs[3])
    r.medreq(txt("Tab Amlodipine 5 mg (generic)"), "2026-11-17", "1 OD", reason_ref=[htn], who=gp, enc=encs[3])
    return r, meta("WORSENING_DESPITE_TREATMENT", "near-miss", [],
                   "Blood pressure rose 136/86 -> 172/104 only after the patient stopped amlodipine and losartan in June "
                   "2026 (cost), so treatment was not active during the worsening; therapy has now been restarted.",
                   "Pakistani family medicine: BP rising after patient stopped tablets for cost reasons")


# ---------------------------------------------------------------------------------------------------------------
def b10(cid):
    """RARE_OR_COMPLEX_CONDITION near miss: beta-thalassaemia trait found on premarital screening – a carrier state,
    not a rare disease; fiancé screened normal."""
    r = setup(cid, "Sana", "Iqbal", "female", "2003-02-11", "ZMC-26-176650", line="House 88, Faisal Town",
              phone="+92 312 7740021", marital="S")
    gp = r.staff("gp")
    haem = r.staff("haem")
    mother = r.related("MTH", "mother", "Rubina", "Iqbal", "female", "+92 300 4419087")
    e1 = r.enc("2026-10-05", type=svc("OPD-FM", "Family medicine OPD"), who=gp, reason="Premarital thalassaemia screening")
    labs = [llab(r, "CBC-HB", "Haemoglobin", "2026-10-05", 11.3, "g/dL", 12.0, 15.5, e1, "hb"),
            llab(r, "CBC-RBC", "RBC count", "2026-10-05", 5.9, ("x10^6/uL", "10*6/uL"), 4.0, 5.2, e1),
            llab(r, "CBC-MCV", "MCV", "2026-10-05", 63, "fL", 80, 100, e1, "mcv"),
            llab(r, "CBC-MCH", "MCH", "2026-10-05", 19.8, "pg", 27, 33, e1),
            llab(r, "FERR", "Serum ferritin", "2026-10-05", 52, ("ng/mL", "ng/mL"), 15, 150, e1, "ferritin")]
    hplc = [llab(r, "HPLC-A2", "HbA2 (HPLC)", "2026-10-08", 5.4, "%", 2.0, 3.3, e1, "hba2"),
            llab(r, "HPLC-F", "HbF (HPLC)", "2026-10-08", 1.2, "%", 0.0, 2.0, e1, "hbf")]
    r.report(txt("Hb electrophoresis by HPLC"), "2026-10-08", hplc, "Raised HbA2 5.4% with microcytosis and normal "
             "ferritin – consistent with beta-thalassaemia trait (carrier).", cat="HM", who=haem)
    trait = r.cond(icd("D56.3", "Thalassaemia trait", text="Beta-thalassaemia trait (minor)"), onset="2026-10-08",
                   who=haem, evidence=hplc)
    e2 = r.enc("2026-10-12", type=svc("OPD-HAEM", "Haematology OPD – counselling"), who=haem, reason_ref=[trait])
    r.sr(txt("Carrier screening of fiancé (CBC + Hb HPLC)"), "2026-10-12", status="completed", intent="order",
         reason_ref=[trait], who=haem, enc=e2)
    r.note("2026-10-12", "Haematology OPD – counselling", """
        Seen with mother. Explained beta-thalassaemia trait (minor): a carrier state, not a disease; no treatment,
        no transfusions, iron NOT needed (ferritin normal). Mild anaemia is lifelong and harmless.
        Important: fiancé (khala zad – maternal cousin) should be screened; if both carriers, 25% risk of
        thalassaemia major in each pregnancy – prenatal diagnosis available.
        """, author=haem, enc=e2)
    e3 = r.enc("2026-10-20", type=svc("OPD-HAEM", "Haematology OPD – counselling"), who=haem, reason_ref=[trait])
    r.note("2026-10-20", "Haematology OPD – follow-up", """
        Fiancé's report seen (brought by family): Hb 14.6, MCV 86, HbA2 2.6% – not a carrier.
        Counselled couple's families: no risk of thalassaemia major in children. Alhamdulillah – family relieved,
        wedding planned for Feb. No follow-up needed; inform obstetrician in pregnancy.
        """, author=haem, enc=e3)
    return r, meta("RARE_OR_COMPLEX_CONDITION", "near-miss", [],
                   "Beta-thalassaemia trait is a benign carrier state with mild microcytosis, not an active rare "
                   "disease; no treatment is needed, and the fiancé screened negative.",
                   "Pakistani premarital screening: beta-thalassaemia trait, counselling only")


CASES = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10]
