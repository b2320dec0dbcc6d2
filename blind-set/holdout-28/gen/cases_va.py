from lib import *
from sites import setup, va_payer

VADRUG = "https://va.example.org/vista/national-drug-file"
VAMH = "https://va.example.org/vista/mental-health-instrument"


def P(b, code, disp, onset, status="active", **kw):
    return b.cond(cc(icd(code, disp)), status=status, onset=onset, **kw)


def vamed(name, vaid, rxcui=None, rxdisp=None):
    cods = []
    if rxcui:
        cods.append(rx(rxcui, rxdisp))
    cods.append(c(VADRUG, vaid, name))
    return cc(*cods, text=name)


# ---------------------------------------------------------------- PSNW positive: pelvic pain
def va_pelvic_pain(b):
    o = setup(b, "VA1", "Ellison", "Tamika Renee", "female", "1988-03-14", "2214 W 41st St", "7730418",
              va_payer(), "VA-7730418", "2012-06-01", plan="VHA enrollment - Priority Group 2 (service connected 40%)", marital="S")
    wh = b.prac("Okafor", "Hannah", npi="1457301122")
    gyn = b.prac("Carrasco", "Luis", npi="1457301189")
    mh = b.prac("Bergstrom", "Anne", npi="1457301390")
    ptsd = P(b, "F43.12", "Post-traumatic stress disorder, chronic", "2012-09-20", recorded="2013-01-15")
    P(b, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter", "2009-05-02", status="resolved",
      abated="2009-07-01", recorded="2012-06-20")
    P(b, "E55.9", "Vitamin D deficiency, unspecified", "2019-02-11", status="resolved", abated="2019-08-30")
    e0 = b.enc("2026-06-23", type_=cc(cpt("99214")), prac=mh, org=o, reason=txt("PTSD medication management"),
               service=txt("Mental Health - PCT clinic"))
    pp = b.cond(cc(icd("R10.2", "Pelvic and perineal pain"), text="Pelvic pain"),
                onset="2026-09-04", recorded="2026-09-08", asserter=wh)
    e1 = b.enc("2026-09-08", type_=cc(cpt("99214")), prac=wh, org=o, reason=txt("Lower pelvic pain x 4 days"),
               service=txt("Women's Health Primary Care (WH-PACT)"), dx=[pp])
    b.cond(cc(icd("R10.2", "Pelvic and perineal pain")), onset="2026-09-04", recorded="2026-09-08", cat="encounter-diagnosis", enc=e1)
    b.vitals("2026-09-08", e1, 118, 74, 78, wt=68.4, temp=36.8)
    b.obs(cc(ln("2106-3"), text="hCG qualitative, urine"), "2026-09-08", vcc=cc(sct("260385009", "Negative")), enc=e1, interp="N")
    b.dr(cc(ln("24356-8", "Urinalysis complete panel - Urine")), "2026-09-08", enc=e1,
         conclusion="Clear yellow urine. SG 1.015, pH 6.0. Leukocyte esterase, nitrite, blood, protein all negative. Microscopy unremarkable.")
    b.obs(cc(ln("43304-5", "Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection")), "2026-09-08",
          vcc=cc(sct("260415000", "Not detected")), enc=e1, interp="N")
    b.obs(cc(ln("43305-2", "Neisseria gonorrhoeae rRNA [Presence] in Specimen by NAA with probe detection")), "2026-09-08",
          vcc=cc(sct("260415000", "Not detected")), enc=e1, interp="N")
    b.cbc("2026-09-08", e1, 13.1, 6.2, 251, sex="F")
    b.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-09-08", 2.1, "mg/L", None, 8.0, e1)
    b.medreq(vamed("NAPROXEN 500MG TAB", "4014331", "7258", "naproxen"), "2026-09-08", "500 mg by mouth twice daily with food as needed for pain",
             requester=wh, reason=pp)
    b.medstmt(vamed("SERTRALINE HCL 100MG TAB", "4020290", "36437", "sertraline"), "2018-04-10", dose_text="100 mg by mouth daily", reason=ptsd)
    b.dr(cc(cpt("76856"), cpt("76830"), text="US pelvis transabdominal and transvaginal"), "2026-09-22", cat="RUS",
         conclusion="Uterus anteverted, 7.8 x 4.1 x 4.6 cm, homogeneous myometrium. Endometrium 7 mm. Both ovaries normal in size with physiologic follicles. No adnexal mass, no free fluid. IMPRESSION: Normal pelvic ultrasound.")
    e2 = b.enc("2026-10-14", type_=cc(cpt("99214")), prac=wh, org=o, reason=txt("Follow-up pelvic pain"),
               service=txt("Women's Health Primary Care (WH-PACT)"), dx=[pp])
    b.cond(cc(icd("R10.2", "Pelvic and perineal pain")), onset="2026-09-04", recorded="2026-10-14", cat="encounter-diagnosis", enc=e2)
    b.vitals("2026-10-14", e2, 122, 76, 82, wt=67.9)
    b.dr(cc(cpt("74177"), text="CT abdomen/pelvis with IV contrast"), "2026-10-20", cat="CT",
         conclusion="No acute abnormality. Appendix normal. No hydronephrosis, no adnexal lesion, no lymphadenopathy. Bowel unremarkable.")
    e3 = b.enc("2026-11-17", type_=cc(cpt("99204")), prac=gyn, org=o, reason=txt("Chronic pelvic pain, referred by WH-PACT"),
               service=txt("Gynecology"), dx=[pp])
    b.cond(cc(icd("R10.2", "Pelvic and perineal pain")), onset="2026-09-04", recorded="2026-11-17", cat="encounter-diagnosis", enc=e3)
    b.vitals("2026-11-17", e3, 116, 72, 80)
    b.note("2026-09-08", """WOMEN'S HEALTH PRIMARY CARE NOTE
CC: lower pelvic pain x 1 week.
HPI: 38 yo Army veteran (OIF) with chronic PTSD followed by PCT. Reports 4 days of aching bilateral lower pelvic pain, 5/10, constant with intermittent sharp episodes, not clearly cyclic. LMP 08/22, regular cycles. No fever, no vaginal discharge, no dysuria, no change in bowel habit. Sexually active with one male partner, condoms.
Exam: abdomen soft, mild suprapubic tenderness, no rebound. Pelvic: normal external genitalia, cervix without discharge, mild bilateral adnexal tenderness without mass, no CMT.
A/P: Pelvic pain, etiology unclear. UA, urine hCG, GC/CT NAAT, CBC, CRP today. Pelvic US ordered. Naproxen prn. RTC 4-6 weeks.
Hannah Okafor, MD - WH-PACT""", author=wh, enc=e1)
    b.note("2026-10-14", """WOMEN'S HEALTH PRIMARY CARE - FOLLOW-UP
Pelvic pain persists, now about 6 weeks, 4-6/10, worse at end of day, naproxen helps a little. No new symptoms. Reviewed results with patient: UA, hCG, GC/CT, CBC and CRP all normal. Pelvic US 9/22 normal.
Exam unchanged.
A/P: Persistent pelvic pain with unremarkable evaluation to date. CT abdomen/pelvis ordered to exclude non-gynecologic cause. Gynecology consult placed. PCT aware; PTSD stable on sertraline.""", author=wh, enc=e2)
    b.note("2026-11-17", """GYNECOLOGY CONSULT
Reason: chronic pelvic pain since early September.
Pain unchanged, 5/10, daily, non-cyclic, no dyspareunia, no bowel or bladder association. Reviewed: normal UA/culture, negative STI screen, normal CBC/CRP, normal pelvic ultrasound 9/22 and normal CT A/P 10/20.
Exam: normal vulva/vagina/cervix, uterus normal size, mobile, non-tender; adnexa non-tender today; no nodularity.
Assessment: Pelvic pain, no gynecologic cause identified. Workup negative. Reassured patient that imaging and labs are normal and there is no evidence of a serious gynecologic problem.
Plan: Continue NSAID as needed; return to WH-PACT; return to gyn as needed.
Patient tearful, states the pain is real and is affecting her work. Supportive counseling provided.
Luis Carrasco, MD - Gynecology""", type_=("11488-4", "Consult note"), author=gyn, enc=e3)
    b.imm("88", "Influenza, unspecified formulation", "2026-10-14")


# ---------------------------------------------------------------- PSNW near miss: chronic cough -> cough-variant asthma
def va_cough(b):
    o = setup(b, "VA2", "Halvorsen", "Erik Magnus", "male", "1969-07-30", "8812 Pacific Ave S", "5520173",
              va_payer(), "VA-5520173", "2004-02-01", plan="VHA enrollment - Priority Group 3", marital="M")
    pcp = b.prac("Nakamura", "Grace", npi="1518443321")
    pul = b.prac("Oyelaran", "Tunde", npi="1518443390")
    htn = P(b, "I10", "Essential (primary) hypertension", "2011-03-02")
    P(b, "E78.5", "Hyperlipidemia, unspecified", "2013-06-18")
    P(b, "J18.9", "Pneumonia, unspecified organism", "2017-01-09", status="resolved", abated="2017-02-01")
    P(b, "M25.511", "Pain in right shoulder", "2015-05-10", status="resolved", abated="2015-09-01")
    cough = b.cond(cc(icd("R05.3", "Chronic cough"), sct("68154008", "Chronic cough")), status="resolved", onset="2026-04-15",
                   recorded="2026-06-02", abated="2026-10-27", asserter=pcp)
    e1 = b.enc("2026-06-02", type_=cc(cpt("99214")), prac=pcp, org=o, reason=txt("Cough for 7 weeks"), service=txt("Primary Care (PACT)"), dx=[cough])
    b.vitals("2026-06-02", e1, 132, 82, 74, wt=91.2, spo2=97)
    b.dr(cc(ln("36643-5", "XR Chest 2 Views")), "2026-06-02", cat="RAD", enc=e1,
         conclusion="Lungs clear. No focal consolidation, effusion or mass. Heart size normal. IMPRESSION: No acute cardiopulmonary process.")
    b.medstmt(vamed("LISINOPRIL 20MG TAB", "4019380", "29046", "lisinopril"), "2011-03-02", status="stopped", end="2026-06-02",
              dose_text="20 mg daily", reason=htn, note="Stopped 6/2/26 - possible ACE-inhibitor cough")
    b.medreq(vamed("LOSARTAN POTASSIUM 50MG TAB", "4019858", "52175", "losartan"), "2026-06-02", "50 mg by mouth daily",
             requester=pcp, reason=htn)
    b.medreq(vamed("ATORVASTATIN CALCIUM 40MG TAB", "4021340", "83367", "atorvastatin"), "2024-01-09", "40 mg by mouth at bedtime", requester=pcp)
    e2 = b.enc("2026-07-14", type_=cc(cpt("99214")), prac=pcp, org=o, reason=txt("Cough follow-up"), service=txt("Primary Care (PACT)"), dx=[cough])
    b.vitals("2026-07-14", e2, 128, 80, 72)
    b.dr(cc(cpt("94060"), text="Spirometry pre and post bronchodilator"), "2026-07-14", cat="PF", enc=e2,
         conclusion="FEV1 3.41 L (92% pred), FVC 4.38 L (95% pred), FEV1/FVC 0.78. Post-BD FEV1 change +6%. Normal spirometry without significant bronchodilator response.")
    e3 = b.enc("2026-08-25", type_=cc(cpt("99244")), prac=pul, org=o, reason=txt("Chronic cough, normal CXR and spirometry"), service=txt("Pulmonary"), dx=[cough])
    b.proc(cc(cpt("95070"), text="Methacholine bronchoprovocation"), date="2026-08-25", performer=pul, enc=e3, reason=cough,
           outcome="Positive: PC20 1.8 mg/mL")
    b.obs(cc(c("https://vacascade.example.org/pft", "PC20-METH", "Methacholine PC20"), text="Methacholine PC20"), "2026-08-25", 1.8, "mg/mL",
          low=16, interp="L", cat="procedure", enc=e3, note="PC20 < 4 mg/mL consistent with bronchial hyperresponsiveness")
    cva = b.cond(cc(icd("J45.991", "Cough variant asthma")), onset="2026-08-25", recorded="2026-08-25", asserter=pul)
    b.medreq(cc(rx("19831", "budesonide"), rx("25255", "formoterol"), text="BUDESONIDE 160MCG/FORMOTEROL 4.5MCG INHL"), "2026-08-25",
             "2 puffs inhaled twice daily; rinse mouth after use", requester=pul, reason=cva)
    e4 = b.enc("2026-10-27", type_=cc(cpt("99213")), prac=pul, org=o, reason=txt("Asthma follow-up"), service=txt("Pulmonary"), dx=[cva])
    b.vitals("2026-10-27", e4, 126, 78, 70, spo2=98)
    b.note("2026-08-25", """PULMONARY CONSULT
58M Navy veteran, never smoker, referred for cough since mid-April. Dry cough, worse at night and with cold air, no hemoptysis, no weight loss. ACE inhibitor switched to losartan 6/2 without improvement. No reflux symptoms. CXR 6/2 normal; spirometry 7/14 normal without BD response.
Methacholine challenge today: positive, PC20 1.8 mg/mL.
Assessment: Cough-variant asthma - explains persistent cough.
Plan: budesonide/formoterol 160/4.5 two puffs BID. Reassess 8-10 weeks.
T. Oyelaran, MD""", type_=("11488-4", "Consult note"), author=pul, enc=e3)
    b.note("2026-10-27", """PULMONARY FOLLOW-UP
Cough resolved within 3 weeks of starting ICS/LABA. Sleeping through the night. ACT score 23. Lungs clear.
Assessment: Cough-variant asthma, well controlled. Cough problem resolved.
Plan: continue current inhaler; PACT follow-up; return 6 months.""", author=pul, enc=e4)


# ---------------------------------------------------------------- DSM positive: "lumbar strain" with red flags
def va_back(b):
    o = setup(b, "VA3", "Broussard", "Wendell James", "male", "1960-02-11", "416 Lameuse St", "3381960",
              va_payer(), "VA-3381960", "1999-10-01", plan="VHA enrollment - Priority Group 5", marital="D")
    pcp = b.prac("Thibodeaux", "Claire", npi="1629554410")
    pt_ = b.prac("Nguyen", "Bao", prefix=None, suffix="DPT", npi="1629554488")
    htn = P(b, "I10", "Essential (primary) hypertension", "2008-04-22")
    bph = P(b, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms", "2018-09-14")
    P(b, "F17.210", "Nicotine dependence, cigarettes, uncomplicated", "1980-01-01", recorded="2003-05-01")
    P(b, "L03.115", "Cellulitis of right lower limb", "2019-07-02", status="resolved", abated="2019-07-20")
    strain = b.cond(cc(icd("S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter")), onset="2026-05-26",
                    recorded="2026-06-16", asserter=pcp, note="Lifting injury moving furniture late May 2026.")
    e1 = b.enc("2026-06-16", type_=cc(cpt("99214")), prac=pcp, org=o, reason=txt("Low back pain x 3 weeks"), service=txt("Primary Care (PACT)"), dx=[strain])
    b.vitals("2026-06-16", e1, 138, 84, 76, wt=84.1)
    b.obs(cc(ln("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-06-16", 6, "{score}", cat="survey", enc=e1, interp=None)
    b.dr(cc(cpt("72100"), text="XR lumbar spine AP/lateral"), "2026-06-16", cat="RAD", enc=e1,
         conclusion="Mild multilevel degenerative disc disease L3-S1 with small anterior osteophytes. No fracture or listhesis.")
    b.medreq(vamed("CYCLOBENZAPRINE HCL 10MG TAB", "4016230", "21949", "cyclobenzaprine"), "2026-06-16", "10 mg at bedtime as needed for spasm", requester=pcp, reason=strain)
    b.medreq(vamed("NAPROXEN 500MG TAB", "4014331", "7258", "naproxen"), "2026-06-16", "500 mg twice daily with food", requester=pcp, reason=strain)
    b.medreq(vamed("LISINOPRIL 20MG TAB", "4019380", "29046", "lisinopril"), "2019-01-10", "20 mg daily", requester=pcp, reason=htn)
    b.medreq(vamed("TAMSULOSIN HCL 0.4MG CAP", "4025070", "77492", "tamsulosin"), "2018-09-14", "0.4 mg at bedtime", requester=pcp, reason=bph)
    b.sr(cc(sct("91251008", "Physical therapy procedure"), text="Physical therapy - lumbar"), "2026-06-16", status="completed", requester=pcp, reason=strain)
    e2 = b.enc("2026-08-11", type_=cc(cpt("99214")), prac=pcp, org=o, reason=txt("Back pain follow-up"), service=txt("Primary Care (PACT)"), dx=[strain])
    b.vitals("2026-08-11", e2, 134, 82, 84, wt=80.2)
    b.obs(cc(ln("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-08-11", 7, "{score}", cat="survey", enc=e2, interp=None)
    e3 = b.enc("2026-10-06", type_=cc(cpt("99214")), prac=pcp, org=o, reason=txt("Back pain, fatigue"), service=txt("Primary Care (PACT)"), dx=[strain])
    b.vitals("2026-10-06", e3, 128, 78, 88, wt=77.3)
    b.obs(cc(ln("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-06", 7, "{score}", cat="survey", enc=e3, interp=None)
    b.lab("30341-2", "Erythrocyte sedimentation rate", "2026-10-06", 74, "mm/h", 0, 20, e3)
    b.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-10-06", 36, "mg/L", None, 8.0, e3)
    b.cbc("2026-10-06", e3, 11.4, 5.1, 188, mcv=91)
    b.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "2026-10-06", 10.9, "mg/dL", 8.6, 10.3, e3)
    b.lab("2885-2", "Protein [Mass/volume] in Serum or Plasma", "2026-10-06", 9.1, "g/dL", 6.3, 7.9, e3)
    b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-06", 1.38, "mg/dL", 0.74, 1.35, e3)
    b.medreq(vamed("GABAPENTIN 300MG CAP", "4022530", "25480", "gabapentin"), "2026-10-06", "300 mg three times daily", requester=pcp, reason=strain)
    b.note("2026-06-16", """PACT PRIMARY CARE NOTE
66M Army veteran, smoker 1 ppd. Low back pain since lifting a dresser ~5/26. Axial, no radiation, no bowel/bladder change, no saddle anesthesia. Pain 6/10.
Exam: paraspinal tenderness L3-L5, SLR negative, strength 5/5, reflexes symmetric.
XR: degenerative changes only.
A/P: Lumbar strain. NSAID, muscle relaxant, PT consult. Return 6-8 weeks.""", author=pcp, enc=e1)
    b.note("2026-08-11", """PACT FOLLOW-UP
Back pain not improving after 6 PT visits (PT notes: limited progress, pain limiting session tolerance). Now also waking him at night, pain 7/10 lying flat. Weight 80.2 kg (84.1 in June) - says appetite down. No fever.
A/P: Lumbar strain, slow to resolve. Continue naproxen/cyclobenzaprine and home exercise program. Recheck 8 weeks.""", author=pcp, enc=e2)
    b.note("2026-10-06", """PACT FOLLOW-UP
Persistent low back pain now 4+ months, worst at night, not relieved by rest. Fatigue. Weight 77.3 kg (down 6.8 kg since June). Denies trauma since May.
Labs today: ESR 74, CRP 36, Hgb 11.4 (normocytic), Ca 10.9, total protein 9.1, Cr 1.38.
A/P: Lumbar strain - chronic. Add gabapentin for neuropathic component. Recheck labs at next visit. Continue PT home program.
C. Thibodeaux, MD""", author=pcp, enc=e3)
    b.comm("2026-11-17T15:10:00Z", "Veteran called: back still hurts at night, taking gabapentin, no improvement. Advised to keep January appointment.",
           pcp, b.pt)


# ---------------------------------------------------------------- DSM near miss: unspecified abdominal pain -> gallstones -> resolved
def va_abd(b):
    o = setup(b, "VA1", "Whitehorse", "Delia Ann", "female", "1977-10-02", "51 Cedar Ridge Rd", "6610283",
              va_payer(), "VA-6610283", "2001-03-01", plan="VHA enrollment - Priority Group 6", marital="M")
    pcp = b.prac("Lindqvist", "Peter", npi="1386409912")
    cc_sur = b.prac("Amadi", "Joseph", npi="1992034455")
    cco = b.org("Sanford Surgical Associates (VA Community Care network)", "prov", "1992034400")
    hypo = P(b, "E03.9", "Hypothyroidism, unspecified", "2010-11-19")
    P(b, "E78.5", "Hyperlipidemia, unspecified", "2020-04-02")
    abd = b.cond(cc(icd("R10.9", "Unspecified abdominal pain")), status="resolved", onset="2025-10-20", recorded="2025-11-04",
                 abated="2026-04-20", asserter=pcp)
    e1 = b.enc("2025-11-04", type_=cc(cpt("99214")), prac=pcp, org=o, reason=txt("Intermittent abdominal pain after meals"), dx=[abd],
               service=txt("Primary Care (PACT)"))
    b.vitals("2025-11-04", e1, 124, 78, 76, wt=82.0)
    b.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2025-11-04", 31, "U/L", 7, 45, e1)
    b.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2025-11-04", 0.7, "mg/dL", 0.1, 1.2, e1)
    b.lab("1798-8", "Amylase [Enzymatic activity/volume] in Serum or Plasma", "2025-11-04", 58, "U/L", 28, 100, e1)
    e2 = b.enc("2026-01-13", type_=cc(cpt("99214")), prac=pcp, org=o, reason=txt("Abdominal pain follow-up"), dx=[abd], service=txt("Primary Care (PACT)"))
    b.dr(cc(cpt("76705"), text="US abdomen RUQ"), "2026-01-09", cat="RUS",
         conclusion="Multiple mobile gallstones up to 1.4 cm. Gallbladder wall 3 mm, no pericholecystic fluid, sonographic Murphy sign negative. CBD 4 mm.")
    gs = b.cond(cc(icd("K80.20", "Calculus of gallbladder without cholecystitis without obstruction")), status="resolved", onset="2026-01-09",
                recorded="2026-01-13", abated="2026-03-18", asserter=pcp)
    ref = b.sr(cc(sct("3457005", "Patient referral"), text="Community Care referral - General Surgery (symptomatic cholelithiasis)"), "2026-01-13",
               status="completed", requester=pcp, performer=cco, reason=gs)
    b.proc(cc(cpt("47562", "Laparoscopy, surgical; cholecystectomy"), text="Laparoscopic cholecystectomy"), date="2026-03-18",
           performer=cc_sur, reason=gs, outcome="Uncomplicated; discharged same day",
           note="Performed by community care provider; records received via HSRM 3/25/26. Pathology: chronic cholecystitis with cholelithiasis.")
    b.cond(cc(icd("Z90.49", "Acquired absence of other specified parts of digestive tract")), onset="2026-03-18", recorded="2026-04-20")
    e3 = b.enc("2026-04-20", type_=cc(cpt("99213")), prac=pcp, org=o, reason=txt("Post-cholecystectomy check"), service=txt("Primary Care (PACT)"))
    b.vitals("2026-04-20", e3, 120, 76, 70, wt=80.6)
    e4 = b.enc("2026-10-06", type_=cc(cpt("99214")), prac=pcp, org=o, reason=txt("Routine follow-up"), service=txt("Primary Care (PACT)"))
    b.vitals("2026-10-06", e4, 118, 74, 68, wt=79.8)
    b.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-10-06", 2.4, "m[IU]/L", 0.4, 4.5, e4)
    b.medreq(vamed("LEVOTHYROXINE NA 0.1MG TAB", "4024770", "10582", "levothyroxine"), "2019-06-01", "100 mcg daily before breakfast", requester=pcp, reason=hypo)
    b.medreq(vamed("ROSUVASTATIN CA 10MG TAB", "4031120", "301542", "rosuvastatin"), "2020-04-02", "10 mg daily", requester=pcp)
    b.note("2026-01-13", """PACT NOTE
Postprandial RUQ/epigastric pain episodes 2-3x/month since October, lasting 1-2 h after fatty meals. LFTs/amylase normal in Nov. RUQ US 1/9: multiple gallstones, no cholecystitis.
A/P: Symptomatic cholelithiasis - explains pain. Community Care referral to general surgery for laparoscopic cholecystectomy (no VA surgeon availability within access standard).""", author=pcp, enc=e2)
    b.note("2026-04-20", """PACT POST-OP VISIT
S/p lap chole 3/18/26 (community care). Incisions healed. No further postprandial pain since surgery. Tolerating regular diet.
A/P: Abdominal pain resolved after cholecystectomy - problem resolved. Cholelithiasis resolved.""", author=pcp, enc=e3)
    b.note("2026-10-06", """PACT ROUTINE FOLLOW-UP
No abdominal complaints. Hypothyroidism stable, TSH 2.4. Lipids at goal. Flu shot given.""", author=pcp, enc=e4)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-06")


# ---------------------------------------------------------------- MPP positive: L4-5 TLIF in preparation
def va_spine(b):
    o = setup(b, "VA2", "Castellanos", "Rafael Antonio", "male", "1964-05-19", "3409 S 56th St", "4470519",
              va_payer(), "VA-4470519", "1990-08-01", plan="VHA enrollment - Priority Group 1 (service connected 60%)", marital="M", lang="es")
    pcp = b.prac("Nakamura", "Grace", npi="1518443321")
    ns = b.prac("Feldman", "Ari", npi="1518447720")
    spl = b.cond(cc(icd("M43.16", "Spondylolisthesis, lumbar region")), onset="2023-02-10", recorded="2023-02-10", asserter=ns,
                 note="Grade 2 degenerative spondylolisthesis L4 on L5")
    sten = b.cond(cc(icd("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")), onset="2023-02-10", asserter=ns)
    P(b, "I10", "Essential (primary) hypertension", "2012-07-07")
    dm = P(b, "E11.9", "Type 2 diabetes mellitus without complications", "2017-11-30")
    P(b, "S83.242A", "Other tear of medial meniscus, current injury, left knee, initial encounter", "2010-06-01", status="resolved", abated="2011-03-01")
    b.proc(cc(cpt("29881"), text="Arthroscopy knee, partial medial meniscectomy, left"), date="2011-01-18")
    for d in ("2025-05-20", "2025-10-14"):
        b.proc(cc(cpt("64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level"),
                  text="L4-5 transforaminal epidural steroid injection"), date=d, performer=ns, reason=sten, outcome="Relief < 6 weeks")
    b.dr(cc(cpt("72148"), text="MRI lumbar spine without contrast"), "2026-08-19", cat="NMR",
         conclusion="Grade 2 anterolisthesis L4 on L5 (9 mm) with facet arthropathy, severe central canal and bilateral lateral recess stenosis at L4-5. Mild foraminal narrowing L5-S1. Dynamic films: 4 mm translation on flexion-extension.")
    e1 = b.enc("2026-10-21", type_=cc(cpt("99244")), prac=ns, org=o, reason=txt("Neurogenic claudication, failed conservative care"), service=txt("Neurosurgery"), dx=[sten, spl])
    b.vitals("2026-10-21", e1, 136, 80, 74, wt=96.5, bmi=31.2)
    b.obs(cc(c("https://vacascade.example.org/pro", "ODI", "Oswestry Disability Index"), text="Oswestry Disability Index"), "2026-10-21", 52, "%",
          cat="survey", enc=e1, interp=None)
    prc = b.proc(cc(cpt("22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy sufficient to decompress; single interspace, lumbar"),
                    text="L4-5 decompression and transforaminal lumbar interbody fusion (TLIF) with pedicle screw instrumentation"),
                 status="preparation", reason=[sten, spl], performer=ns,
                 note="Consent signed 11/18/2026. Pre-op anesthesia clearance complete. Scheduled OR 1/12/2027.")
    b.appt("2027-01-12T13:30:00Z", "Neurosurgery OR - L4-5 TLIF", reason=sten, practitioner=ns, minutes=240)
    e2 = b.enc("2026-11-18", type_=cc(cpt("99213")), prac=ns, org=o, reason=txt("Pre-operative visit"), service=txt("Neurosurgery"), dx=[sten])
    b.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-18", 6.9, "%", None, 5.6, e2)
    b.cbc("2026-11-18", e2, 14.6, 7.3, 244, report=False)
    b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-18", 0.98, "mg/dL", 0.74, 1.35, e2)
    b.medreq(vamed("METFORMIN HCL 1000MG TAB", "4023650", "6809", "metformin"), "2018-01-05", "1000 mg twice daily", requester=pcp, reason=dm)
    b.medreq(vamed("GABAPENTIN 300MG CAP", "4022530", "25480", "gabapentin"), "2025-03-01", "600 mg three times daily", requester=pcp, reason=sten)
    b.medreq(vamed("LISINOPRIL 10MG TAB", "4019378", "29046", "lisinopril"), "2012-07-07", "10 mg daily", requester=pcp)
    b.note("2026-10-21", """NEUROSURGERY CONSULT
62M Marine veteran. Bilateral buttock and leg pain with walking, tolerance now < 1 block, relief with sitting/forward flexion. Symptoms > 3 years. Failed 12 weeks PT (2024), NSAIDs, gabapentin, two L4-5 TFESIs (5/25, 10/25) with < 6 weeks relief each. ODI 52%.
Exam: 5/5 strength except EHL 4+/5 bilaterally, diminished ankle reflexes, negative SLR.
MRI 8/19/26: grade 2 L4-5 spondylolisthesis with dynamic instability and severe stenosis.
Assessment: Degenerative spondylolisthesis L4-5 with severe stenosis and neurogenic claudication, refractory to conservative care.
Plan: Recommend L4-5 decompression and TLIF with instrumentation. Risks (infection, dural tear, nerve injury, adjacent segment disease, non-union), benefits, alternatives discussed in Spanish with VA interpreter. Patient wishes to proceed. Pre-op clearance ordered; A1c 6.9.
A. Feldman, MD""", type_=("11488-4", "Consult note"), author=ns, enc=e1)
    b.note("2026-11-18", """NEUROSURGERY PRE-OP
Consent for L4-5 TLIF signed today. Anesthesia pre-op evaluation complete, ASA 2. Surgery booked 1/12/2027. Hold metformin morning of surgery.""", author=ns, enc=e2)


# ---------------------------------------------------------------- MPP positive: open juxtarenal AAA repair
def va_aaa(b):
    o = setup(b, "VA3", "Pruitt", "Harlan Dale", "male", "1952-08-07", "77 Old Spanish Trail", "2290807",
              va_payer(), "VA-2290807", "1996-01-01", plan="VHA enrollment - Priority Group 4", marital="W", medicare="1EG4TE5MK72")
    pcp = b.prac("Thibodeaux", "Claire", npi="1629554410")
    vs = b.prac("Okonkwo", "Ifeanyi", npi="1629558801")
    aaa = b.cond(cc(icd("I71.42", "Juxtarenal abdominal aortic aneurysm, without rupture"), text="Juxtarenal AAA 6.1 cm"), onset="2022-05-11",
                 recorded="2022-05-11", asserter=vs)
    P(b, "I10", "Essential (primary) hypertension", "2004-02-18")
    P(b, "E78.5", "Hyperlipidemia, unspecified", "2006-09-09")
    copd = P(b, "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2015-12-01")
    P(b, "J18.9", "Pneumonia, unspecified organism", "2021-02-03", status="resolved", abated="2021-03-01")
    b.smoking("2026-10-29", "8517006", "Ex-smoker")
    for d, s in (("2024-06-04", "5.2"), ("2025-06-10", "5.6")):
        b.dr(cc(cpt("76775"), text="US aorta surveillance"), d, cat="RUS",
             conclusion=f"Infrarenal-juxtarenal abdominal aortic aneurysm, maximal diameter {s} cm.")
    b.dr(cc(cpt("74174"), text="CTA abdomen/pelvis aorta protocol"), "2026-10-08", cat="CT",
         conclusion="Juxtarenal AAA, max diameter 6.1 cm (5.6 cm 6/2025). Infrarenal neck length < 4 mm; renal arteries single bilaterally. Iliacs ectatic 1.6 cm. Not suitable for standard EVAR within IFU.")
    e1 = b.enc("2026-10-29", type_=cc(cpt("99215")), prac=vs, org=o, reason=txt("AAA growth to 6.1 cm"), service=txt("Vascular Surgery"), dx=[aaa])
    b.vitals("2026-10-29", e1, 142, 84, 68, wt=78.1)
    b.dr(cc(cpt("93306"), text="Transthoracic echocardiogram"), "2026-11-05", cat="CUS",
         conclusion="LVEF 55-60%. No regional wall motion abnormality. Mild LVH. Normal RV function.")
    b.dr(cc(cpt("94060"), text="Pulmonary function - spirometry"), "2026-11-05", cat="PF",
         conclusion="FEV1 1.98 L (62% pred), FEV1/FVC 0.61. Moderate obstruction, GOLD 2. DLCO 64%.")
    b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-05", 1.08, "mg/dL", 0.74, 1.35, e1)
    b.cbc("2026-11-05", e1, 14.1, 7.8, 212, report=False)
    sr = b.sr(cc(cpt("35081", "Direct repair of aneurysm, pseudoaneurysm, or excision (partial or total) and graft insertion, with or without patch graft; for aneurysm and associated occlusive disease, abdominal aorta"),
                 text="Open juxtarenal AAA repair, retroperitoneal approach, suprarenal clamp, tube graft"),
              "2026-11-12", when="2026-12-15T12:00:00Z", reason=aaa, requester=vs, performer=vs, priority="urgent",
              note="Pre-op: cardiology cleared (RCRI 2), PFTs acceptable. Type and cross 4 units. ICU bed requested.")
    b.medreq(vamed("ATORVASTATIN CALCIUM 80MG TAB", "4021342", "83367", "atorvastatin"), "2022-05-11", "80 mg at bedtime", requester=pcp)
    b.medreq(vamed("AMLODIPINE BESYLATE 10MG TAB", "4019900", "17767", "amlodipine"), "2015-01-12", "10 mg daily", requester=pcp)
    b.medreq(vamed("TIOTROPIUM 2.5MCG/ACTUAT INHL", "4030220", "69120", "tiotropium"), "2016-03-03", "2 inhalations once daily", requester=pcp, reason=copd)
    b.medreq(vamed("ASPIRIN 81MG EC TAB", "4017540", "1191", "aspirin"), "2022-05-11", "81 mg daily", requester=pcp)
    b.note("2026-10-29", """VASCULAR SURGERY CLINIC
74M former smoker (50 pack-years, quit 2014) with AAA under surveillance since 2022. CTA 10/8/26: juxtarenal AAA 6.1 cm, growth 0.5 cm/yr, neck < 4 mm - not suitable for standard EVAR; fenestrated device not available in this VISN within timeframe.
Asymptomatic. Abdomen: pulsatile mass, non-tender. Femoral/pedal pulses palpable.
Assessment: Juxtarenal AAA 6.1 cm, above repair threshold.
Plan: Recommend open repair via left retroperitoneal approach with suprarenal clamp. Risks discussed including renal injury, MI, pulmonary complications, death (~5%). Patient agrees. Cardiology and PFTs pre-op. Tentative OR 12/15/2026.
I. Okonkwo, MD""", author=vs, enc=e1)


# ---------------------------------------------------------------- UP positive: end-stage HF, palliative
def va_hf(b):
    o = setup(b, "VA1", "Kowalczyk", "Stanley Joseph", "male", "1947-01-26", "1308 N Minnesota Ave", "1190126",
              va_payer(), "VA-1190126", "1994-05-01", plan="VHA enrollment - Priority Group 1 (service connected 70%)", marital="M",
              medicare="3FW7XR2NT41")
    pcp = b.prac("Lindqvist", "Peter", npi="1386409912")
    card = b.prac("Adeyemi", "Folasade", npi="1386412277")
    pal = b.prac("Marchetti", "Lucia", npi="1386415530")
    hf = b.cond(cc(icd("I50.84", "End stage heart failure"), text="End-stage heart failure with reduced EF (ischemic)"), onset="2026-03-01",
                recorded="2026-10-20", asserter=card)
    P(b, "I25.5", "Ischemic cardiomyopathy", "2009-08-14")
    af = P(b, "I48.20", "Chronic atrial fibrillation, unspecified", "2016-02-02")
    P(b, "N18.32", "Chronic kidney disease, stage 3b", "2020-10-10")
    P(b, "S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter", "1968-05-01", status="resolved", abated="1968-12-01",
      note="Combat injury, Vietnam 1968")
    b.proc(cc(cpt("33533"), text="CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA)"), date="2009-08-20")
    for (s, e_) in (("2026-03-02", "2026-03-09"), ("2026-06-14", "2026-06-22"), ("2026-09-27", "2026-10-06")):
        b.enc(s, cls="IMP", end=e_, type_=txt("Inpatient - acute decompensated heart failure"), org=o, dx=[hf])
    b.dr(cc(cpt("93306"), text="Transthoracic echocardiogram"), "2026-09-29", cat="CUS",
         conclusion="Severely dilated LV, LVEF 15%. Moderate-severe functional MR. Severe TR, RVSP 58 mmHg. Moderately reduced RV function.")
    b.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-10-06", 9840, "pg/mL", None, 450, None)
    b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-20", 2.04, "mg/dL", 0.74, 1.35, None)
    b.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-10-20", 129, "mmol/L", 135, 145, None)
    e1 = b.enc("2026-10-20", type_=cc(cpt("99215")), prac=card, org=o, reason=txt("Post-discharge heart failure visit"), service=txt("Cardiology - Heart Failure Clinic"), dx=[hf])
    b.vitals("2026-10-20", e1, 88, 56, 92, wt=70.3, spo2=93)
    b.medreq(vamed("FUROSEMIDE 40MG TAB", "4014960", "4603", "furosemide"), "2026-10-06", "80 mg twice daily", requester=card, reason=hf)
    b.medreq(vamed("METOPROLOL SUCCINATE 25MG SA TAB", "4023450", "6918", "metoprolol"), "2016-02-02", "12.5 mg daily", requester=card, reason=hf)
    b.medreq(vamed("APIXABAN 2.5MG TAB", "4031870", "1364430", "apixaban"), "2020-10-10", "2.5 mg twice daily", requester=card, reason=af)
    b.medstmt(vamed("SACUBITRIL 49MG/VALSARTAN 51MG TAB", "4032990"), "2019-05-01", status="stopped",
              end="2026-06-20", note="Stopped for symptomatic hypotension and AKI")
    b.impression("2026-10-20", "Stage D ischemic HFrEF, LVEF 15%, third admission in 2026, GDMT limited by hypotension and CKD; not a candidate for LVAD, transplant or device therapy. No further advanced heart failure therapies available.",
                 assessor=card, problems=[hf])
    pref = b.sr(cc(sct("306237005", "Referral to palliative care service"), text="Palliative care consult - goals of care, symptom management"),
                "2026-10-20", status="completed", requester=card, performer=pal, reason=hf)
    e2 = b.enc("2026-11-03", type_=cc(cpt("99205")), prac=pal, org=o, reason=txt("Palliative care consult"), service=txt("Palliative Care"), dx=[hf])
    b.careplan("Palliative care plan - end-stage heart failure", cc(sct("103735009", "Palliative care"), text="Palliative care"), "2026-11-03",
               addresses=[hf], author=pal,
               desc="Comfort-focused care. DNR/DNI confirmed. Continue diuretics for symptom relief. Home-based primary care enrollment; hospice eligibility reviewed with family.",
               activities=[{"status": "in-progress", "description": "Symptom management: dyspnea (low-dose oral morphine), edema (diuretics)"},
                           {"status": "scheduled", "description": "Hospice referral when patient and family ready"}])
    b.medreq(cc(rx("7052", "morphine"), text="MORPHINE SULFATE ORAL SOLN 10MG/5ML"), "2026-11-03", "2.5 mg by mouth every 4 hours as needed for dyspnea",
             requester=pal, reason=hf)
    b.note("2026-10-20", """HEART FAILURE CLINIC
79M Vietnam veteran, ischemic CM s/p CABG 2009, LVEF 15%, third HF admission this year (3/26, 6/26, 9-10/26). NYHA IV - dyspneic walking across the room. BP 88/56; ARNI stopped in June for hypotension/AKI; cannot tolerate MRA (K 5.6) or SGLT2i (recurrent volume depletion). Cr 2.04, Na 129. Not a candidate for ICD upgrade/CRT benefit, LVAD or transplant given age, frailty, renal function and RV dysfunction.
Assessment: End-stage HFrEF (stage D). There are no further advanced heart failure therapies available for him; further GDMT is limited by hypotension and renal function.
Plan: Discussed prognosis with patient and wife. Palliative care referral placed. Continue diuretic for comfort. DNR confirmed.
F. Adeyemi, MD, Cardiology""", author=card, enc=e1)
    b.note("2026-11-03", """PALLIATIVE CARE CONSULT
Goals of care discussed with veteran and wife. He understands his heart is failing and that no further treatment will improve his heart function. Priority is staying home on the farm. DNR/DNI, MOLST completed. Dyspnea: start low-dose oral morphine prn. Enroll HBPC. Revisit hospice enrollment in 2-4 weeks.
L. Marchetti, MD""", type_=("11488-4", "Consult note"), author=pal, enc=e2)


# ---------------------------------------------------------------- UP near miss: mCRPC, hospice, outside second opinion 8/2026
def va_prostate(b):
    o = setup(b, "VA2", "Greer", "Lonnie Earl", "male", "1950-04-03", "1120 Yakima Ave", "8850403",
              va_payer(), "VA-8850403", "1992-09-01", plan="VHA enrollment - Priority Group 1 (service connected 100%)", marital="M",
              medicare="7TR3KL9PQ20")
    onc = b.prac("Sorensen", "Kirsten", npi="1518449011")
    uro = b.prac("Baptiste", "Jean-Marc", npi="1518449077")
    so = b.prac("Whitfield", "Marcus", npi="1881200456")
    acad = b.org("Puget Sound University Medical Center - Genitourinary Oncology (VA Community Care)", "prov", "1881200400")
    pc = b.cond(cc(icd("C61", "Malignant neoplasm of prostate"), sct("399068003", "Malignant tumor of prostate")), onset="2019-03-12",
                recorded="2019-03-12", asserter=uro, stage=txt("Gleason 4+4=8, metastatic castration-resistant since 2024"))
    mets = P(b, "C79.51", "Secondary malignant neoplasm of bone", "2024-02-20")
    P(b, "I10", "Essential (primary) hypertension", "2005-06-30")
    P(b, "H91.93", "Unspecified hearing loss, bilateral", "2001-01-01", status="inactive", note="Fitted with hearing aids; audiology f/u as needed")
    b.medreq(vamed("LEUPROLIDE ACETATE 22.5MG INJ", "4028860", "42375", "leuprolide"), "2019-04-02", "22.5 mg IM every 12 weeks",
             requester=uro, reason=pc)
    b.medstmt(vamed("ABIRATERONE ACETATE 250MG TAB", "4033510", "1100072", "abiraterone"), "2024-03-01", status="stopped", end="2025-05-30",
              dose_text="1000 mg daily with prednisone 5 mg", reason=pc, note="PSA progression")
    b.medstmt(vamed("ENZALUTAMIDE 40MG CAP", "4034120", "1307298", "enzalutamide"), "2025-06-10", status="stopped", end="2026-07-15",
              dose_text="160 mg daily", reason=pc, note="Radiographic and PSA progression")
    b.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-07-08", 48.2, "ng/mL", None, 4.0, None)
    b.dr(cc(cpt("78306"), text="Whole body bone scan"), "2026-07-02", cat="RAD",
         conclusion="New foci L2, right iliac wing, left 6th rib compared with 1/2026. Progressive osseous metastatic disease.")
    e1 = b.enc("2026-07-22", type_=cc(cpt("99215")), prac=onc, org=o, reason=txt("mCRPC progression"), service=txt("Hematology/Oncology"), dx=[pc])
    b.vitals("2026-07-22", e1, 134, 78, 80, wt=72.4)
    b.note("2026-07-22", """HEM/ONC NOTE
76M with mCRPC, progressed on abiraterone then enzalutamide. ECOG 2. Declined docetaxel in 2025 and again today ("I watched my brother go through chemo"). Germline/somatic testing: no HRR alteration - PARP inhibitor not indicated. PSMA PET 1/2026 showed PSMA-low disease - not a candidate for Lu-177 PSMA.
Assessment: mCRPC progressing; no further standard options he is willing to accept.
Plan: Veteran requests an outside opinion before deciding on hospice. Community Care referral to Puget Sound University GU oncology for second opinion placed today.""", author=onc, enc=e1)
    so_ref = b.sr(cc(sct("3457005", "Patient referral"), text="Community Care referral - second opinion, GU medical oncology"), "2026-07-22",
                  status="completed", requester=onc, performer=acad, reason=pc)
    e2 = b.enc("2026-08-19", type_=cc(cpt("99245")), prac=so, org=acad, reason=txt("Second opinion - metastatic CRPC"), service=txt("GU Medical Oncology (community care)"),
               dx=[pc])
    b.note("2026-08-19", """SECOND OPINION CONSULTATION - GU MEDICAL ONCOLOGY (Community Care, records received 8/28/26)
Requested by VA Hem/Onc (Dr. Sorensen) for second opinion on management of mCRPC.
Reviewed pathology, imaging, PSMA PET, genomic results and treatment history.
Opinion: I agree with the VA team's assessment. Options would be docetaxel or cabazitaxel, which the patient declines after informed discussion. No open clinical trial for which he is eligible (PSMA-low, no HRR alteration, ECOG 2). I concur that a transition to hospice-focused care is appropriate when he is ready. Palliative radiation available for focal bone pain if needed.
M. Whitfield, MD""", type_=("11488-4", "Consult note"), author=so, enc=e2, title="Second opinion consultation")
    b.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-11-04", 96.5, "ng/mL", None, 4.0, None)
    e3 = b.enc("2026-11-10", type_=cc(cpt("99215")), prac=onc, org=o, reason=txt("Follow-up, goals of care"), service=txt("Hematology/Oncology"), dx=[pc, mets])
    b.vitals("2026-11-10", e3, 126, 74, 86, wt=69.8)
    hosp = b.sr(cc(sct("385763009", "Hospice care"), text="Hospice referral - community hospice (VA purchased care)"), "2026-11-10",
                requester=onc, reason=pc, intent="order")
    b.careplan("Hospice / comfort care", cc(sct("385763009", "Hospice care")), "2026-11-10", addresses=[pc], author=onc,
               desc="Comfort-focused care; continue ADT; analgesia; hospice enrollment in progress.")
    b.medreq(vamed("OXYCODONE HCL 5MG TAB", "4029080", "7804", "oxycodone"), "2026-11-10", "5 mg every 6 hours as needed for bone pain", requester=onc, reason=mets)
    b.note("2026-11-10", """HEM/ONC NOTE
Outside second opinion (8/19/26, Dr. Whitfield, Puget Sound University) concurred: no further disease-directed options acceptable to veteran, no trial eligibility. Veteran and wife have decided on hospice. PSA 96.5. Bone pain L hip, controlled with oxycodone prn.
Plan: hospice referral placed; continue leuprolide for symptom control; DNR documented.""", author=onc, enc=e3)


# ---------------------------------------------------------------- HIT positive: hemodialysis initiation planned
def va_dialysis(b):
    o = setup(b, "VA3", "Mouton", "Clarence Paul", "male", "1968-12-09", "2205 Pass Rd", "6681209",
              va_payer(), "VA-6681209", "1995-07-01", plan="VHA enrollment - Priority Group 3", marital="M")
    pcp = b.prac("Thibodeaux", "Claire", npi="1629554410")
    neph = b.prac("Raghunathan", "Priya", npi="1629559922")
    vas = b.prac("Okonkwo", "Ifeanyi", npi="1629558801")
    ckd = b.cond(cc(icd("N18.5", "Chronic kidney disease, stage 5"), sct("433146000", "Chronic kidney disease stage 5")), onset="2026-04-14",
                 recorded="2026-04-14", asserter=neph, note="CKD stage 4 since 2022; stage 5 since 4/2026. Diabetic nephropathy.")
    dm = P(b, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "2009-03-03")
    P(b, "I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease", "2026-04-14")
    P(b, "N25.81", "Secondary hyperparathyroidism of renal origin", "2024-01-22")
    P(b, "L97.512", "Non-pressure chronic ulcer of other part of right foot with fat layer exposed", "2022-02-01", status="resolved", abated="2022-06-15")
    b.proc(cc(cpt("36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type) (separate procedure)"), text="Left radiocephalic AV fistula creation"),
           date="2026-08-27", performer=vas, reason=ckd, outcome="Fistula matured; thrill and bruit present; cleared for cannulation 11/2026")
    b.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
          "2026-08-18", 10, "mL/min/{1.73_m2}", 60, None, None)
    e1 = b.enc("2026-11-19", type_=cc(cpt("99215")), prac=neph, org=o, reason=txt("CKD 5 - dialysis planning"), service=txt("Nephrology"), dx=[ckd])
    b.vitals("2026-11-19", e1, 158, 92, 84, wt=101.6)
    b.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
          "2026-11-17", 9, "mL/min/{1.73_m2}", 60, None, e1)
    b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-17", 6.9, "mg/dL", 0.74, 1.35, e1)
    b.lab("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "2026-11-17", 98, "mg/dL", 6, 20, e1)
    b.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-17", 5.6, "mmol/L", 3.5, 5.1, e1)
    b.lab("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "2026-11-17", 17, "mmol/L", 22, 29, e1)
    b.lab("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "2026-11-17", 6.4, "mg/dL", 2.5, 4.5, e1)
    b.lab("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "2026-11-17", 418, "pg/mL", 15, 65, e1)
    b.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-17", 9.4, "g/dL", 13.2, 16.6, e1)
    hd = b.sr(cc(cpt("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
                 sct("302497006", "Hemodialysis"), text="Initiate in-center hemodialysis 3x/week via L radiocephalic AVF"),
              "2026-11-19", when="2026-12-14T07:00:00Z", reason=ckd, requester=neph, note="First treatment 12/14/2026 at VA dialysis unit, MWF first shift. Target 4 h, 2K/2.5Ca bath.")
    b.careplan("Renal replacement therapy initiation", txt("Chronic kidney disease care plan"), "2026-11-19",
               addresses=[ckd], author=neph, desc="Start maintenance in-center hemodialysis 12/14/2026. Transplant evaluation referral deferred until stable on dialysis.",
               activities=[{"status": "scheduled", "description": "In-center hemodialysis MWF starting 12/14/2026"},
                           {"status": "in-progress", "description": "Renal diet and fluid restriction education"}])
    b.medreq(vamed("INSULIN GLARGINE 100 UNIT/ML INJ", "4031890", "274783", "insulin glargine"), "2015-06-01", "22 units subcutaneously at bedtime", requester=pcp, reason=dm)
    b.medreq(vamed("AMLODIPINE BESYLATE 10MG TAB", "4019900", "17767", "amlodipine"), "2020-02-01", "10 mg daily", requester=neph)
    b.medreq(vamed("SEVELAMER CARBONATE 800MG TAB", "4033300"), "2025-09-10", "800 mg three times daily with meals", requester=neph)
    b.medreq(vamed("CALCITRIOL 0.25MCG CAP", "4017050", "1894", "calcitriol"), "2024-01-22", "0.25 mcg daily", requester=neph)
    b.medreq(vamed("SODIUM BICARBONATE 650MG TAB", "4015070", "36676", "sodium bicarbonate"), "2025-03-01", "1300 mg twice daily", requester=neph)
    b.note("2026-11-19", """NEPHROLOGY CLINIC
58M with diabetic/hypertensive CKD now stage 5, eGFR 9. Nausea in the mornings, pruritus, dysgeusia, fatigue; 2+ edema. K 5.6, HCO3 17, BUN 98. Completed modality education (9/2026) - chose in-center hemodialysis; declined PD. L RC-AVF created 8/27/26, now mature.
Assessment: CKD 5 with uremic symptoms - needs renal replacement therapy.
Plan: Start maintenance HD 12/14/2026 (MWF). Labs weekly until start. Refer for kidney transplant evaluation once established on HD.
P. Raghunathan, MD""", author=neph, enc=e1)


# ---------------------------------------------------------------- PRC positive: secure message asking for outside headache specialist
def va_migraine(b):
    o = setup(b, "VA2", "Delgado-Reyes", "Marisol", "female", "1993-06-21", "4511 N Pearl St", "9930621",
              va_payer(), "VA-9930621", "2015-09-01", plan="VHA enrollment - Priority Group 2 (service connected 50%)", marital="S")
    pcp = b.prac("Nakamura", "Grace", npi="1518443321")
    neu = b.prac("Haddad", "Samir", npi="1518446633")
    rn = b.prac("Olsen", "Brianna", prefix=None, suffix="RN", npi="1518446690")
    mig = b.cond(cc(icd("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus")), onset="2017-04-01",
                 recorded="2018-02-12", asserter=neu)
    ptsd = P(b, "F43.12", "Post-traumatic stress disorder, chronic", "2014-11-01", recorded="2016-01-09")
    P(b, "S06.0X0S", "Concussion without loss of consciousness, sequela", "2013-08-17", recorded="2016-01-09",
      note="Blast exposure, Helmand 2013. Polytrauma/TBI clinic evaluation 2016: mild TBI.")
    P(b, "S82.64XA", "Nondisplaced fracture of lateral malleolus of right fibula, initial encounter", "2012-10-03", status="resolved", abated="2013-01-10")
    e1 = b.enc("2026-07-09", type_=cc(cpt("64615"), text="Chemodenervation for chronic migraine"), prac=neu, org=o, service=txt("Neurology - Headache"), dx=[mig])
    b.proc(cc(cpt("64615", "Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)"),
              text="OnabotulinumtoxinA 155 units, PREEMPT protocol"), date="2026-07-09", performer=neu, enc=e1, reason=mig)
    e2 = b.enc("2026-10-08", type_=cc(cpt("99214")), prac=neu, org=o, service=txt("Neurology - Headache"), dx=[mig], reason=txt("Chronic migraine follow-up"))
    b.vitals("2026-10-08", e2, 112, 70, 72, wt=63.0)
    b.obs(cc(c("https://vacascade.example.org/neuro", "HA-DAYS", "Headache days per month (diary)"), text="Headache days per month"),
          "2026-10-08", 18, "/mo", cat="survey", enc=e2, interp=None)
    b.medreq(cc(text="ERENUMAB-AOOE 140MG/ML AUTOINJECTOR"), "2026-04-02", "140 mg subcutaneously every 4 weeks", requester=neu, reason=mig)
    b.medreq(vamed("SUMATRIPTAN 100MG TAB", "4027580", "37418", "sumatriptan"), "2018-02-12", "100 mg at onset, may repeat once in 2 h; max 2/day", requester=neu, reason=mig)
    b.medreq(vamed("SERTRALINE HCL 100MG TAB", "4020290", "36437", "sertraline"), "2016-02-01", "150 mg daily", requester=pcp, reason=ptsd)
    b.medstmt(vamed("TOPIRAMATE 50MG TAB", "4026330", "38404", "topiramate"), "2018-02-12", status="stopped", end="2019-01-10", note="Cognitive side effects")
    b.medstmt(vamed("AMITRIPTYLINE HCL 25MG TAB", "4013170", "704", "amitriptyline"), "2019-01-10", status="stopped", end="2020-06-01", note="Ineffective")
    b.medstmt(vamed("PROPRANOLOL HCL 40MG TAB", "4014830", "8787", "propranolol"), "2020-06-01", status="stopped", end="2022-03-01", note="Fatigue, ineffective")
    b.note("2026-10-08", """NEUROLOGY - HEADACHE CLINIC
33F Marine veteran with chronic migraine, mild TBI (2013), PTSD. Headache days 18/month (diary), 6 severe. Failed topiramate, amitriptyline, propranolol; onabotulinumtoxinA since 2024 (partial benefit), erenumab added 4/2026 with minimal change. Neuro exam normal.
Assessment: Chronic migraine, not intractable, without aura.
Plan: Continue botox q12 weeks and erenumab. Sleep hygiene. Consider switching CGRP mAb at next visit. Return January.""", author=neu, enc=e2)
    m = b.comm("2026-11-12T02:41:00Z", """Secure message (My HealtheVet) - To: Neurology Headache Clinic
Subject: Second opinion
Dr. Haddad, I have been coming to this clinic for 8 years and I am still having headaches more than half the month. I have tried everything that was offered. At my last visit it felt like nothing I said was really listened to and the plan is just "keep going". I would like a second opinion from a headache specialist outside the VA through Community Care, or at least another neurologist. Can you please put that referral in? Thank you, Marisol""",
               b.pt, neu, cat=cc(c("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"), text="Secure message"))
    b.comm("2026-11-12T16:05:00Z", "Message received and routed to Dr. Haddad for review. Veteran informed a response will follow within 3 business days.",
           rn, b.pt, in_resp=m)


# ---------------------------------------------------------------- PRC near miss: secure message about refill/reschedule, content with plan
def va_afib(b):
    o = setup(b, "VA1", "Lindgren", "Douglas Ray", "male", "1956-09-14", "902 E 10th St", "2250914",
              va_payer(), "VA-2250914", "1998-01-01", plan="VHA enrollment - Priority Group 5", marital="M", medicare="5HN8CV1WQ33")
    pcp = b.prac("Lindqvist", "Peter", npi="1386409912")
    card = b.prac("Adeyemi", "Folasade", npi="1386412277")
    pharm = b.prac("Yoon", "Daniel", prefix=None, suffix="PharmD", npi="1386412299")
    af = b.cond(cc(icd("I48.0", "Paroxysmal atrial fibrillation")), onset="2023-05-04", asserter=card)
    P(b, "I10", "Essential (primary) hypertension", "2009-01-13")
    P(b, "E78.5", "Hyperlipidemia, unspecified", "2009-01-13")
    P(b, "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2021-08-19")
    P(b, "K35.80", "Unspecified acute appendicitis", "1979-06-01", status="resolved", abated="1979-06-10")
    b.proc(cc(cpt("93656"), text="Catheter ablation for atrial fibrillation - pulmonary vein isolation"), date="2025-04-15", performer=card, reason=af,
           outcome="Successful PVI")
    e1 = b.enc("2026-09-15", type_=cc(cpt("99214")), prac=card, org=o, service=txt("Cardiology"), dx=[af], reason=txt("AF follow-up post ablation"))
    b.vitals("2026-09-15", e1, 128, 76, 62, wt=88.0)
    b.dr(cc(ln("11524-6", "EKG study"), text="12-lead ECG"), "2026-09-15", cat="EC", enc=e1,
         conclusion="Sinus rhythm 62 bpm, PR 176 ms, QRS 92 ms, QTc 418 ms. No acute changes.")
    b.dr(cc(cpt("93224"), text="Holter monitor 48 hour"), "2026-08-28", cat="EC",
         conclusion="Predominantly sinus rhythm. AF burden 0.3% (single 42-minute episode). Rare PACs.")
    b.medreq(vamed("APIXABAN 5MG TAB", "4031871", "1364430", "apixaban"), "2023-05-04", "5 mg twice daily", requester=card, reason=af)
    b.medreq(vamed("METOPROLOL SUCCINATE 50MG SA TAB", "4023452", "6918", "metoprolol"), "2023-05-04", "50 mg daily", requester=card, reason=af)
    b.medreq(vamed("ATORVASTATIN CALCIUM 20MG TAB", "4021338", "83367", "atorvastatin"), "2012-01-01", "20 mg daily", requester=pcp)
    b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-09-15", 1.02, "mg/dL", 0.74, 1.35, e1)
    b.cbc("2026-09-15", e1, 14.9, 6.6, 230, report=False)
    b.note("2026-09-15", """CARDIOLOGY FOLLOW-UP
70M with paroxysmal AF s/p PVI 4/2025. Rare palpitations. 48-h Holter: AF burden 0.3%. CHA2DS2-VASc 2 (age, HTN) - continue apixaban. Reviewed ablation result and options in detail; patient understands and prefers to continue current approach. OSA - CPAP adherent.
Plan: Continue apixaban and metoprolol. Return 6 months with ECG.""", author=card, enc=e1)
    m = b.comm("2026-11-05T14:22:00Z", """Secure message (My HealtheVet) - To: PACT Team Green
Subject: Refill and appointment
Hello, could you please renew my apixaban, I have about 10 days left. Also Dr. Adeyemi went over the ablation results with me in September and I'm comfortable with the plan to keep going as we are. Is it possible to move my December 9 lab appointment to the afternoon? Thanks, Doug Lindgren""",
               b.pt, pcp, cat=cc(c("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"), text="Secure message"))
    b.comm("2026-11-05T19:40:00Z", "Apixaban 5 mg renewal sent to CMOP mail-order, 90-day supply. Lab moved to 12/9 at 1:30 pm.", pharm, b.pt, in_resp=m)


# ---------------------------------------------------------------- WDT positive: PCL-5 rising despite SSRI + prazosin + CPT
def va_ptsd(b):
    o = setup(b, "VA3", "Fontenot", "Tyrell Marcus", "male", "1985-02-28", "604 Division St", "4410228",
              va_payer(), "VA-4410228", "2009-04-01", plan="VHA enrollment - Priority Group 1 (service connected 70%)", marital="D")
    psy = b.prac("Alvarez", "Renata", npi="1629556012")
    psyd = b.prac("Kim", "Jonathan", prefix="Dr.", suffix="PsyD", npi="1629556077")
    pcp = b.prac("Thibodeaux", "Claire", npi="1629554410")
    ptsd = b.cond(cc(icd("F43.12", "Post-traumatic stress disorder, chronic"), sct("313182004", "Chronic post-traumatic stress disorder")),
                  onset="2008-06-01", recorded="2010-03-15", asserter=psy, note="Combat-related, OIF 2007-2008 (Baghdad).")
    P(b, "H93.13", "Tinnitus, bilateral", "2008-06-01", recorded="2010-03-15")
    P(b, "M17.11", "Unilateral primary osteoarthritis, right knee", "2019-09-09")
    P(b, "F10.20", "Alcohol dependence, uncomplicated", "2010-03-15", status="remission", note="Sustained remission since 2015")
    b.medreq(vamed("SERTRALINE HCL 100MG TAB", "4020290", "36437", "sertraline"), "2025-03-04", "150 mg by mouth daily", requester=psy, reason=ptsd)
    b.medreq(vamed("PRAZOSIN HCL 2MG CAP", "4018720", "8629", "prazosin"), "2025-06-10", "6 mg at bedtime", requester=psy, reason=ptsd)
    pcl = cc(c(VAMH, "PCL5", "PCL-5 total score"), text="PTSD Checklist for DSM-5 (PCL-5) total score")
    phq = cc(ln("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"))
    visits = [("2026-04-07", 41, 13), ("2026-06-30", 47, 14), ("2026-09-15", 53, 15), ("2026-11-10", 58, 16)]
    encs = []
    for d, p_, q in visits:
        e = b.enc(d, type_=cc(cpt("99214")), prac=psy, org=o, service=txt("Mental Health - PTSD Clinical Team"), dx=[ptsd], reason=txt("PTSD medication management"))
        encs.append(e)
        b.obs(pcl, d, p_, "{score}", cat="survey", enc=e, interp=None, rr_text="0-80; >= 33 probable PTSD; 10-20 point change clinically meaningful")
        b.obs(phq, d, q, "{score}", cat="survey", enc=e, interp=None)
    b.proc(cc(cpt("90837", "Psychotherapy, 60 minutes with patient"), text="Cognitive Processing Therapy - 12 individual sessions"),
                   status="completed", date="2026-08-20", performer=psyd, reason=ptsd,
                   note="Sessions 5/7/26 - 8/20/26, attended 12/12, homework completion good.")
    b.sr(cc(cpt("90837", "Psychotherapy, 60 minutes with patient"), text="Prolonged Exposure therapy - weekly"), "2026-09-15",
         status="active", requester=psy, performer=psyd, reason=ptsd, note="Started 9/22/26; session 8 of 12 on 11/17/26")
    b.obs(cc(c(VAMH, "CSSRS-SCR", "C-SSRS screener"), text="Columbia Suicide Severity Rating Scale screener"), "2026-11-10",
          string="Negative - no ideation in past month", cat="survey", enc=encs[-1], interp=None)
    b.note("2026-11-10", """PTSD CLINICAL TEAM - PSYCHIATRY MED MANAGEMENT
41M Army OIF veteran with chronic combat PTSD. Adherent to sertraline 150 mg since 3/2025 (pill counts, refill history) and prazosin 6 mg since 6/2025. Completed 12 sessions CPT (5-8/2026), now in PE with Dr. Kim since 9/22.
Nightmares now 5-6 nights/week, sleep 3-4 h, hypervigilance worse, avoiding his daughter's school events. PCL-5 41 (4/7) -> 47 (6/30) -> 53 (9/15) -> 58 today. PHQ-9 16.
C-SSRS negative; no firearms at home (locked at brother's). Sober since 2015.
Assessment: Chronic PTSD, worsening over 7 months despite adequate SSRI trial, prazosin and completed trauma-focused psychotherapy.
Plan: Cross-taper sertraline to venlafaxine discussed; continue PE; safety plan updated.
R. Alvarez, MD""", author=psy, enc=encs[-1])


# ---------------------------------------------------------------- WDT near miss: A1c creeping, change below MCID
def va_a1c(b):
    o = setup(b, "VA2", "Mahoney", "Patricia Lynn", "female", "1959-11-05", "2718 N Proctor St", "3351105",
              va_payer(), "VA-3351105", "1983-06-01", plan="VHA enrollment - Priority Group 7", marital="W", medicare="8KM2JD4RT56")
    pcp = b.prac("Nakamura", "Grace", npi="1518443321")
    dm = b.cond(cc(icd("E11.9", "Type 2 diabetes mellitus without complications")), onset="2018-02-20", asserter=pcp)
    P(b, "I10", "Essential (primary) hypertension", "2014-10-01")
    P(b, "E78.5", "Hyperlipidemia, unspecified", "2014-10-01")
    P(b, "M81.0", "Age-related osteoporosis without current pathological fracture", "2021-03-30")
    P(b, "N39.0", "Urinary tract infection, site not specified", "2025-08-02", status="resolved", abated="2025-08-12")
    b.medreq(vamed("METFORMIN HCL 1000MG TAB", "4023650", "6809", "metformin"), "2018-02-20", "1000 mg twice daily", requester=pcp, reason=dm)
    b.medreq(vamed("EMPAGLIFLOZIN 10MG TAB", "4034560", "1545653", "empagliflozin"), "2024-05-14", "10 mg daily", requester=pcp, reason=dm)
    b.medreq(vamed("LOSARTAN POTASSIUM 50MG TAB", "4019858", "52175", "losartan"), "2014-10-01", "50 mg daily", requester=pcp)
    b.medreq(vamed("ALENDRONATE NA 70MG TAB", "4026090", "46041", "alendronate"), "2021-03-30", "70 mg once weekly", requester=pcp)
    for d, a1c, sbp, dbp in (("2026-03-17", 7.4, 128, 76), ("2026-07-14", 7.6, 132, 78), ("2026-11-10", 7.8, 130, 74)):
        e = b.enc(d, type_=cc(cpt("99214")), prac=pcp, org=o, service=txt("Primary Care (PACT)"), dx=[dm], reason=txt("Diabetes follow-up"))
        b.vitals(d, e, sbp, dbp, 74, wt={"2026-03-17": 77.8, "2026-07-14": 78.4, "2026-11-10": 78.9}[d])
        b.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", None, 5.6, e)
    b.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
          "2026-11-10", 78, "mL/min/{1.73_m2}", 60, None, e)
    b.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "2026-11-10", 88, "mg/dL", None, 100, e)
    b.dr(cc(cpt("92228"), text="Diabetic teleretinal imaging"), "2026-07-14", cat="OPH",
         conclusion="No diabetic retinopathy either eye. Rescreen 12 months.")
    b.note("2026-11-10", """PACT DIABETES FOLLOW-UP
67F Navy veteran, T2DM on metformin 1000 BID (since 2018) and empagliflozin 10 mg (since 2024), adherent. A1c 7.4 (3/26) -> 7.6 (7/26) -> 7.8 today; individualized VA/DoD target 7.0-8.5 for her age/comorbidity - remains within target. Reports more snacking since husband's death in spring. No hypoglycemia. Foot exam normal, monofilament intact.
A/P: T2DM - A1c drifted up 0.4% over 8 months, within target range. MOVE! nutrition referral, no medication change. Recheck A1c 4 months.""", author=pcp, enc=e)


# ---------------------------------------------------------------- ROC positive (complexity): SCI with multisystem complications
def va_sci(b):
    o = setup(b, "VA1", "Redcloud", "Marcus Allen", "male", "1972-01-17", "3300 S Cliff Ave", "5570117",
              va_payer(), "VA-5570117", "1998-09-01", plan="VHA enrollment - Priority Group 1 (service connected 100%)", marital="M")
    sci = b.prac("Brandvold", "Karin", npi="1386418801")
    uro = b.prac("Abernathy", "Colin", npi="1386418855")
    wound = b.prac("Iverson", "Maren", prefix=None, suffix="NP", npi="1386418890")
    psy = b.prac("Bergstrom", "Anne", npi="1457301390")
    para = P(b, "G82.21", "Paraplegia, complete", "1998-07-04", recorded="1998-09-01", asserter=sci,
             note="T6 ASIA A, motor vehicle collision on active duty 7/1998")
    nb = P(b, "N31.9", "Neuromuscular dysfunction of bladder, unspecified", "1998-07-04", asserter=uro, note="Intermittent catheterization q4-6h")
    P(b, "K59.2", "Neurogenic bowel, not elsewhere classified", "1998-07-04", asserter=sci)
    pu = P(b, "L89.153", "Pressure ulcer of sacral region, stage 3", "2026-05-02", asserter=wound)
    P(b, "G90.4", "Autonomic dysreflexia", "1999-03-10", asserter=sci)
    dm = P(b, "E11.9", "Type 2 diabetes mellitus without complications", "2016-08-23")
    P(b, "M81.8", "Other osteoporosis without current pathological fracture", "2012-05-14", note="Disuse osteoporosis, sublesional")
    dep = P(b, "F33.1", "Major depressive disorder, recurrent, moderate", "2004-11-11", asserter=psy)
    P(b, "N39.0", "Urinary tract infection, site not specified", "2026-03-08", status="resolved", abated="2026-03-20")
    e1 = b.enc("2026-09-14", type_=txt("SCI Annual Evaluation"), prac=sci, org=o, service=txt("Spinal Cord Injury and Disorders Center"),
               dx=[para, nb, pu], end="2026-09-16", cls="SS")
    b.vitals("2026-09-14", e1, 104, 62, 66, wt=81.2)
    b.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-09-14", 7.1, "%", None, 5.6, e1)
    b.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
          "2026-09-14", 88, "mL/min/{1.73_m2}", 60, None, e1)
    b.dr(cc(cpt("77080"), text="DXA hip"), "2026-09-15", cat="RAD", enc=e1, conclusion="Femoral neck T-score -3.1 bilateral.")
    b.dr(cc(cpt("76770"), text="Renal/bladder ultrasound"), "2026-09-15", cat="RUS", enc=e1,
         conclusion="No hydronephrosis. Bladder wall mildly trabeculated. No stones.")
    e2 = b.enc("2026-10-13", type_=cc(cpt("51728"), text="Urodynamics"), prac=uro, org=o, service=txt("SCI Urology"), dx=[nb])
    b.proc(cc(cpt("51728", "Cystometrogram with voiding pressure studies, any technique"), text="Video urodynamics"), date="2026-10-13", performer=uro,
           reason=nb, outcome="Neurogenic detrusor overactivity, detrusor-sphincter dyssynergia; max detrusor pressure 38 cmH2O; capacity 420 mL")
    e3 = b.enc("2026-11-09", type_=txt("Wound care visit"), prac=wound, org=o, service=txt("SCI Wound Care"), dx=[pu])
    b.obs(cc(c("https://vhaprairie.example.org/wound", "WND-AREA", "Wound area"), text="Sacral wound area"), "2026-11-09", 4.2, "cm2", cat="exam", enc=e3, interp=None,
          note="Decreased from 7.8 cm2 on 8/10/26. Granulating base, no tunneling.")
    b.medreq(vamed("OXYBUTYNIN CL 5MG TAB", "4016510", "32675", "oxybutynin"), "2002-01-01", "5 mg three times daily", requester=uro, reason=nb)
    b.medreq(vamed("BACLOFEN 20MG TAB", "4015200", "1292", "baclofen"), "1999-01-01", "20 mg four times daily", requester=sci, reason=para)
    b.medreq(vamed("METFORMIN HCL 500MG TAB", "4023648", "6809", "metformin"), "2016-08-23", "1000 mg twice daily", requester=sci, reason=dm)
    b.medreq(vamed("SERTRALINE HCL 100MG TAB", "4020290", "36437", "sertraline"), "2010-01-01", "100 mg daily", requester=psy, reason=dep)
    b.medreq(vamed("ALENDRONATE NA 70MG TAB", "4026090", "46041", "alendronate"), "2012-05-14", "70 mg weekly", requester=sci)
    b.medreq(vamed("NIFEDIPINE 10MG CAP", "4014340", "7417", "nifedipine"), "1999-03-10", "10 mg bite-and-swallow as needed for autonomic dysreflexia (SBP > 150)", requester=sci)
    b.note("2026-09-16", """SCI ANNUAL EVALUATION - INTERDISCIPLINARY SUMMARY
54M Army veteran, T6 ASIA A paraplegia since 1998 MVC. Lives with wife, independent manual wheelchair, drives with hand controls.
Active problems reviewed by SCI physician, urology, wound care, psychology, nutrition, PT/OT:
- Neurogenic bladder on IC q4-6h + oxybutynin; UTI 3/2026 treated. Renal US: no hydronephrosis.
- Neurogenic bowel: daily program, effective.
- Sacral pressure injury stage 3 since 5/2026 from cushion failure; new ROHO cushion, improving.
- Autonomic dysreflexia: 2 episodes this year (bladder distension).
- T2DM A1c 7.1. Disuse osteoporosis T -3.1 on alendronate.
- Recurrent MDD, followed by SCI psychology; PHQ-9 9.
Plan: urodynamics 10/2026, wound clinic q2 weeks, continue current regimen; AD wallet card reviewed.
K. Brandvold, MD - SCI/D""", type_=("34133-9", "Summary of episode note"), author=sci, enc=e1)


# ---------------------------------------------------------------- ROC near miss: four active chronic problems, long inactive history
def va_fourchronic(b):
    o = setup(b, "VA3", "Landry", "Eugene Francis", "male", "1955-03-22", "1417 Reynoir St", "7750322",
              va_payer(), "VA-7750322", "1989-01-01", plan="VHA enrollment - Priority Group 8", marital="M", medicare="2PD6FG8HJ90")
    pcp = b.prac("Thibodeaux", "Claire", npi="1629554410")
    htn = P(b, "I10", "Essential (primary) hypertension", "1998-02-10", recorded="2003-05-01")
    P(b, "E78.5", "Hyperlipidemia, unspecified", "2001-08-15", recorded="2003-05-01")
    dm = P(b, "E11.9", "Type 2 diabetes mellitus without complications", "2012-04-04")
    oa = P(b, "M17.0", "Bilateral primary osteoarthritis of knee", "2016-10-20")
    P(b, "M10.9", "Gout, unspecified", "2006-07-01", status="inactive", note="Last flare 2014; off allopurinol since 2018")
    P(b, "F17.211", "Nicotine dependence, cigarettes, in remission", "1972-01-01", status="remission", note="Quit 2005")
    P(b, "J18.9", "Pneumonia, unspecified organism", "2019-01-22", status="resolved", abated="2019-02-10")
    P(b, "S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture", "1988-11-05",
      status="resolved", abated="1989-01-15")
    P(b, "K29.70", "Gastritis, unspecified, without bleeding", "2010-05-05", status="resolved", abated="2010-08-01")
    P(b, "H10.33", "Unspecified acute conjunctivitis, bilateral", "2015-04-01", status="resolved", abated="2015-04-12")
    e1 = b.enc("2026-05-12", type_=cc(cpt("99214")), prac=pcp, org=o, service=txt("Primary Care (PACT)"), dx=[htn, dm], reason=txt("Chronic disease follow-up"))
    b.vitals("2026-05-12", e1, 134, 80, 70, wt=94.0, bmi=29.4)
    e2 = b.enc("2026-11-10", type_=cc(cpt("99214")), prac=pcp, org=o, service=txt("Primary Care (PACT)"), dx=[htn, dm, oa], reason=txt("Chronic disease follow-up"))
    b.vitals("2026-11-10", e2, 130, 78, 72, wt=93.1, bmi=29.1)
    b.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-05-12", 6.9, "%", None, 5.6, e1)
    b.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-10", 6.8, "%", None, 5.6, e2)
    b.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "2026-11-10", 79, "mg/dL", None, 100, e2)
    b.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
          "2026-11-10", 71, "mL/min/{1.73_m2}", 60, None, e2)
    b.lab("3084-1", "Urate [Mass/volume] in Serum or Plasma", "2026-11-10", 6.4, "mg/dL", 3.7, 8.0, e2)
    b.medreq(vamed("LISINOPRIL 20MG TAB", "4019380", "29046", "lisinopril"), "2003-05-01", "20 mg daily", requester=pcp, reason=htn)
    b.medreq(vamed("HYDROCHLOROTHIAZIDE 12.5MG CAP", "4014560", "5487", "hydrochlorothiazide"), "2016-01-01", "12.5 mg daily", requester=pcp, reason=htn)
    b.medreq(vamed("SIMVASTATIN 40MG TAB", "4020510", "36567", "simvastatin"), "2003-05-01", "40 mg at bedtime", requester=pcp)
    b.medreq(vamed("METFORMIN HCL 500MG TAB", "4023648", "6809", "metformin"), "2012-04-04", "500 mg twice daily", requester=pcp, reason=dm)
    b.medreq(vamed("DICLOFENAC NA 1% TOP GEL", "4030880", "3355", "diclofenac"), "2019-02-01", "Apply to knees four times daily as needed", requester=pcp, reason=oa)
    b.proc(cc(cpt("45378"), text="Colonoscopy, screening"), date="2023-06-14", outcome="Two small tubular adenomas removed; repeat 7 years")
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-01")
    b.imm("216", "Pneumococcal conjugate PCV 20", "2024-11-05")
    b.note("2026-11-10", """PACT CHRONIC DISEASE FOLLOW-UP
71M Vietnam-era Army veteran. Problem list reviewed and updated today.
Active: HTN (controlled 130/78), hyperlipidemia (LDL 79 on simvastatin), T2DM (A1c 6.8 on metformin), bilateral knee OA (topical diclofenac, walks 2 miles daily).
Inactive/historical: gout (no flare since 2014), former smoker (quit 2005), remote radius fracture, pneumonia 2019, gastritis 2010.
A/P: Stable. Continue current regimen. RTC 6 months.""", author=pcp, enc=e2)
