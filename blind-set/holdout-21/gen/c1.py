from lib import *

def ca_icd(c, code, disp):
    return (c.base + "/CodeSystem/icd-10-ca", code, disp)

# ---------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP ----------------
def psnw_p1(cid):
    c = Case(cid, "nsrhc")
    c.setup("Hannah Louise", "Brightwater", "female", "1992-03-17", "NS0418837", hcn="5584486674YM",
            pracs={"fp": ("Meredith", "Okafor", "MD, CCFP"), "card": ("Anand", "Villeneuve", "MD, FRCPC (Cardiology)"), "rn": ("Colleen", "Maki", "RN")})
    e1 = c.enc("2026-06-09", typ="Family health team visit", reason="Heart racing episodes", pr="fp", org=c.orgs["fht"])
    pal = c.cond(cc((SCT, "80313002", "Palpitations"), ca_icd(c, "R00.2", "Palpitations"), text="Palpitations - recurrent, exertional and at rest"),
                 onset="2026-05-20", enc=e1, pr="fp", recorded="2026-06-09")
    c.cond(cc((SCT, "195967001", "Asthma"), ca_icd(c, "J45.9", "Asthma, unspecified"), text="Asthma, mild intermittent (childhood)"), onset="2001-01-01", status="inactive")
    c.cond(cc((SCT, "33338001", "Postpartum state")), onset="2020-04-02", status="resolved", abate="2020-06-01")
    c.vitals("2026-06-09", e1, 118, 72, 84, 63.5)
    c.lab("tsh", "2026-06-10", 1.84); c.lab("hgbF", "2026-06-10", 131); c.lab("ferritin", "2026-06-10", 44)
    c.lab("k", "2026-06-10", 4.1)
    c.note("2026-06-09", "progress", "FHT visit - palpitations", """Lakeview FHT - Dr M. Okafor
S: 34F, 3 wk of intermittent episodes of heart pounding/racing, 5-20 min, at rest and climbing stairs; lightheaded with 2 episodes, no syncope. Caffeine 1 coffee/day. No weight loss, no heat intolerance.
O: HR 84 reg, BP 118/72, thyroid not enlarged, HS normal, no murmur.
12-lead ECG in office: sinus rhythm 78, PR 148 ms, QTc 412 ms, no pre-excitation.
A: palpitations, cause not yet clear.
P: TSH, CBC, ferritin, lytes. Symptom diary. Return 6 wk.""", pr="fp", enc=e1)
    c.obs(cc((LN, "8601-7", "EKG impression")), "2026-06-09", vstr="Normal sinus rhythm, normal intervals, no pre-excitation", interp="N", cat="procedure", enc=e1)
    e2 = c.enc("2026-07-21", typ="Family health team visit", reason="Ongoing palpitations, now with chest fluttering at night", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-07-21", e2, 114, 70, 88, 63.1)
    c.obs(cc((SCT, "80313002", "Palpitations")), "2026-07-21", vstr="Present - 4-5 episodes per week per diary", cat="exam", enc=e2)
    e3 = c.enc("2026-08-02", cls="EMER", typ="Emergency department visit", reason="Palpitations and presyncope", end="2026-08-02", pr=None)
    c.lab("hgbF", "2026-08-02", 129)
    c.obs(cc((LN, "89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method")), "2026-08-02", 3, "ng/L", "ng/L", None, 16, "N", enc=e3)
    c.obs(cc((LN, "8601-7", "EKG impression")), "2026-08-02", vstr="Sinus tachycardia 104, otherwise normal", interp="N", cat="procedure", enc=e3)
    c.note("2026-08-02", "ed", "ED record - palpitations", """NRHC Emergency. Arrived by self with palpitations x 40 min, settled on arrival. Monitor: sinus 96-104 throughout 3 h. hs-TnI 3 ng/L. Hb 129. Orthostatics negative.
Impression: palpitations, no arrhythmia captured. D/C home, FHT follow up, cardiology referral suggested.""", enc=e3)
    srh = c.sr(cc((SCT, "306173004", "Referral to cardiology service")), "2026-08-06", status="completed", intent="order", pr="fp",
               reason=pal, note="Wait-list entry 2026-08-06; consult booked 2026-10-06 (target <12 wk, P3).")
    e4 = c.enc("2026-09-15", typ="Family health team visit", reason="Palpitations unchanged", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-09-15", e4, 116, 74, 80, 62.8)
    c.obs(cc((LN, "18754-2", "Holter monitor study")) if False else cc(text="14-day ambulatory ECG patch"), "2026-09-02", vstr="Predominant sinus rhythm 52-148 bpm. Symptom triggers (11) correlate with sinus rhythm 88-112. No AF, no SVT, no pauses, rare PACs <1%.", interp="N", cat="procedure")
    c.report(cc(text="Transthoracic echocardiogram"), "2026-10-06", "Normal biventricular size and function, LVEF 62%. No valvular disease. Normal study.", cat=("CUS", "Cardiac Ultrasound"), pr="card")
    e5 = c.enc("2026-10-06", typ="Cardiology consultation", reason="Palpitations", pr="card")
    c.note("2026-10-06", "letter", "Cardiology consultation letter", """Dear Dr Okafor,
Thank you for referring Ms Brightwater, 34, with 4 months of palpitations.
Investigations: resting ECG normal x2, 14-day patch monitor - symptoms correlate with sinus rhythm only, echo today structurally normal with LVEF 62%, TSH/CBC/ferritin normal.
Impression: no structural heart disease and no arrhythmia identified. I have reassured her that there is nothing dangerous with her heart.
Plan: no cardiac follow-up required; discharged back to your care.
Yours sincerely, A. Villeneuve MD FRCPC""", pr="card", enc=e5)
    e6 = c.enc("2026-11-03", typ="Family health team visit", reason="Palpitations continuing, now waking at night; anxious as 'told nothing wrong'", pr="fp", org=c.orgs["fht"])
    c.obs(cc((SCT, "80313002", "Palpitations")), "2026-11-03", vstr="Ongoing, daily, now nocturnal awakenings", cat="exam", enc=e6)
    c.note("2026-11-03", "progress", "FHT visit - follow up palpitations", """S: Still having palpitations most days, now waking her at night, some lightheadedness. Saw cardiology - told heart normal. Feels frustrated.
O: HR 82 reg, BP 112/70.
A: persistent palpitations, cardiac workup normal.
P: reassurance, limit caffeine, review in 2-3 months PRN.""", pr="fp", enc=e6)
    c.med(cc((DIN, "02241497", "VENTOLIN HFA 100 MCG/DOSE"), text="salbutamol 100 mcg inhaler"), "2025-11-20", "2 puffs q4h PRN wheeze", pr="fp")
    c.imm("140", "Influenza, seasonal, injectable, preservative free", "2026-10-20")
    return c, "34F, 5+ months of palpitations on 4 dates; ECG x3, patch monitor, echo, TSH, CBC, ferritin all normal; cardiology reassured and discharged."

def psnw_p2(cid):
    c = Case(cid, "swift")
    c.setup("Danielle R", "Okonkwo-Reyes", "female", "1988-09-02", "SWC-2231907", payor="Blue Cross Blue Shield of Texas", plan="BCBSTX PPO", member="XKB884120331",
            pracs={"np1": ("Tara", "Lindqvist", "FNP-C"), "pa1": ("Jorge", "Benavides", "PA-C"), "md1": ("Kevin", "Osei", "MD")})
    c.cond(cc((SCT, "38341003", "Hypertensive disorder"), (ICD, "I10", "Essential (primary) hypertension")), onset="2022-05-01", recorded="2023-02-10")
    c.cond(cc((ICD, "J02.9", "Acute pharyngitis, unspecified")), onset="2025-02-11", status="resolved", abate="2025-02-20", cat="encounter-diagnosis")
    c.allergy(cc((RX, "7980", "penicillin G"), text="Penicillin"), reaction="hives")
    c.med(cc((RX, "314076", "lisinopril 10 MG Oral Tablet")), "2025-01-15", "1 tab PO daily", pr="md1")
    e1 = c.enc("2026-11-09", cls="VR", typ="Telehealth video visit", reason="CC: headache x 4 days + dizzy when standing", pr="np1")
    d1 = c.cond(cc((ICD, "R51.9", "Headache, unspecified"), text="Headache"), onset="2026-11-05", cat="encounter-diagnosis", enc=e1, recorded="2026-11-09")
    c.note("2026-11-09", "telehealth", "Telehealth visit", """Video visit. 38F c/o daily headache x4d, bifrontal/occipital, worse lying down in AM, 6/10. Dizzy/lightheaded when standing. No fever. No hx migraine. BP home 128/82.
Neuro screen on video grossly nonfocal.
A: headache, likely tension-type.
P: ibuprofen 600 mg q8h prn, hydration, sleep hygiene. Return precautions given.""", pr="np1", enc=e1)
    e2 = c.enc("2026-11-14", typ="Urgent care walk-in", reason="CC: headache worse, vomited x2, pt was seen on video 11/9", pr="pa1", priority=("UR", "urgent"))
    c.cond(cc((ICD, "R42", "Dizziness and giddiness")), onset="2026-11-14", cat="encounter-diagnosis", enc=e2, recorded="2026-11-14")
    c.vitals("2026-11-14", e2, 136, 88, 76, 81.2, 36.9, 99)
    c.note("2026-11-14", "progress", "Urgent care note", """Walk-in. Headache persists, now w/ nausea, vomited twice this AM. Went to freestanding ER 11/12 - per pt CT head was done, told normal.
Outside result (pt portal screenshot): CT head w/o contrast 11/12/2026 Legacy Freestanding ER - "No acute intracranial abnormality."
Exam: alert, neuro nonfocal, fundi not visualized (no ophthalmoscope).
A: headache w/ nausea, dizziness. P: ketorolac 30 mg IM given (J1885), ondansetron ODT. F/u PCP. ER if worse.""", pr="pa1", enc=e2)
    c.proc(cc((HCPCS, "J1885", "Injection, ketorolac tromethamine, per 15 mg"), text="Ketorolac 30 mg IM"), "2026-11-14", enc=e2)
    c.obs(cc(text="Outside imaging - CT head without contrast"), "2026-11-12", vstr="No acute intracranial abnormality (per outside report, Legacy Freestanding ER)", interp="N", cat="imaging")
    e3 = c.enc("2026-11-20", typ="Urgent care walk-in", reason="CC: 3rd visit - headache not better, ringing in ears, blurry vision when bending over", pr="md1", priority=("UR", "urgent"))
    c.vitals("2026-11-20", e3, 138, 86, 78, 81.4, 36.8, 99)
    c.lab("wbc", "2026-11-20", 7.4); c.lab("hgbF", "2026-11-20", 13.1); c.lab("na", "2026-11-20", 139); c.lab("glu", "2026-11-20", 94)
    c.note("2026-11-20", "progress", "Urgent care note", """3rd visit for same complaint in 11 days. Headache daily, worse AM and lying flat, pulsatile whooshing in ears, transient visual greying when bending. BMI 30.
Neuro nonfocal. CBC, BMP normal today. CT head previously normal.
A: persistent headache, etiology unclear. Told pt workup so far normal.
P: continue NSAID, add butalbital-APAP-caffeine short course. Follow up with PCP (pt does not currently have one - list provided).""", pr="md1", enc=e3)
    c.med(cc((RX, "197805", "ibuprofen 600 MG Oral Tablet")), "2026-11-09", "600 mg PO q8h PRN headache", pr="np1", enc=e1)
    c.med(cc((RX, "312086", "ondansetron 4 MG Disintegrating Oral Tablet")), "2026-11-14", "4 mg ODT q8h PRN nausea", pr="pa1", enc=e2)
    c.med(cc(text="butalbital 50 mg / acetaminophen 325 mg / caffeine 40 mg tablet"), "2026-11-20", "1 tab PO q6h PRN, max 4/day, 5 days", pr="md1", enc=e3)
    return c, "38F, index telehealth visit then two unscheduled urgent-care returns within 11 days for the same headache (outside CT normal); no diagnosis or follow-up arranged."

def psnw_p3(cid):
    c = Case(cid, "rgh")
    c.setup("Gordon Wayne", "Ferschweiler", "male", "1962-01-28", "RGH-770412", hcn="118403772",
            pracs={"fp": ("Sukhpreet", "Dhaliwal", "MD, CCFP"), "ph": ("Lorna", "Kuzyk", "RPh")})
    c.cond(cc((SCT, "59621000", "Essential hypertension"), ca_icd(c, "I10", "Essential (primary) hypertension")), onset="2014-01-01")
    c.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease"), ca_icd(c, "K21.9", "Gastro-oesophageal reflux disease without oesophagitis")), onset="2019-06-01")
    c.cond(cc((SCT, "239873007", "Osteoarthritis of knee"), ca_icd(c, "M17.1", "Other primary gonarthrosis")), onset="2021-03-01")
    c.cond(cc((SCT, "233604007", "Pneumonia"), ca_icd(c, "J18.9", "Pneumonia, unspecified")), onset="2024-01-09", status="resolved", abate="2024-02-01")
    c.lab("hgb", "2025-09-03", 146); c.lab("mcv", "2025-09-03", 89)
    e1 = c.enc("2026-08-13", typ="Clinic visit", reason="Annual review, more tired", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-08-13", e1, 134, 82, 78, 88.2)
    h = c.lab("hgb", "2026-08-18", 103); c.lab("mcv", "2026-08-18", 73); f = c.lab("ferritin", "2026-08-18", 6)
    c.lab("plt", "2026-08-18", 412, interp="H"); c.lab("cr", "2026-08-18", 88)
    c.report(cc((LN, "58410-2", "CBC panel - Blood by Automated count")), "2026-08-18", "Microcytic anaemia; low ferritin consistent with iron deficiency.", results=[h, f], cat=("HM", "Hematology"))
    ida = c.cond(cc((SCT, "87522002", "Iron deficiency anemia"), ca_icd(c, "D50.9", "Iron deficiency anaemia, unspecified"), text="Iron deficiency anaemia"), onset="2026-08-18", recorded="2026-08-25", pr="fp")
    e2 = c.enc("2026-08-25", cls="VR", typ="Telephone visit", reason="Lab results", pr="fp", org=c.orgs["fht"])
    c.note("2026-08-25", "progress", "Telephone follow-up - bloodwork", """Phone call re: bloodwork. Hb 103 (146 a year ago), MCV 73, ferritin 6. No overt bleeding reported, stools 'maybe darker at times'. On pantoprazole for years. Diet ok.
A: iron deficiency anaemia.
P: start ferrous fumarate 300 mg daily. Repeat CBC/ferritin in 3 months.""", pr="fp", enc=e2)
    c.med(cc((DIN, "00031097", "PALAFER 300MG CAPSULE"), text="ferrous fumarate 300 mg capsule"), "2026-08-25", "1 cap PO daily with orange juice", pr="fp", reason=ida)
    c.med(cc((DIN, "02229453", "PANTOLOC 40MG TABLET"), text="pantoprazole 40 mg"), "2019-06-10", "40 mg PO daily", pr="fp")
    c.med(cc((DIN, "02351404", "RAMIPRIL 5MG CAPSULE"), text="ramipril 5 mg"), "2014-02-01", "5 mg PO daily", pr="fp")
    c.med(cc(text="acetaminophen 500 mg"), "2021-03-15", "1 g PO TID PRN knee pain", pr="fp", rt="MedicationStatement")
    e3 = c.enc("2026-10-21", typ="Clinic visit", reason="Knee pain flare - L knee", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-10-21", e3, 138, 84, 86, 86.9)
    c.note("2026-10-21", "progress", "Clinic visit - knee", """Left knee pain worse after gardening. Effusion small. Knee xray 2021 moderate OA medial compartment.
P: topical diclofenac, physio handout. Flu shot given today.""", pr="fp", enc=e3)
    c.imm("140", "Influenza, seasonal, injectable, preservative free", "2026-10-21")
    c.obs(cc((LN, "72166-2", "Tobacco smoking status")), "2026-08-13", vcc=cc((SCT, "8517006", "Ex-smoker")), cat="survey", enc=e1)
    c.obs(cc((LN, "39156-5", "Body mass index (BMI) [Ratio]")), "2026-08-13", 28.9, "kg/m2", "kg/m2", cat="vital-signs", enc=e1)
    return c, "64M with new iron-deficiency anaemia (Hb 146 to 103 g/L, ferritin 6) on 2026-08-18, treated with oral iron only; no endoscopy or colonoscopy referral or repeat count in over 100 days."

def psnw_n1(cid):
    c = Case(cid, "summit")
    c.setup("Ava Marie", "Kowalczyk", "female", "2010-05-11", "SSM-0093318", payor="Anthem Blue Cross Blue Shield Colorado", plan="Anthem HMO - dependent", member="YRQ550281904",
            pracs={"sm": ("Rachel", "Nguyen-Hart", "MD, CAQSM"), "pt": ("Devon", "Aldridge", "DPT"), "rad": ("Ilya", "Sorokin", "MD (Radiology)")})
    c.raw("RelatedPerson", {"patient": ref(c.pat), "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"))],
                              "name": [{"family": "Kowalczyk", "given": ["Beth"]}], "telecom": [{"system": "phone", "value": "303-555-0148"}]}, "rp")
    e1 = c.enc("2026-07-08", typ="New patient sports medicine visit", reason="Low back pain with gymnastics - back walkovers", pr="sm")
    lbp = c.cond(cc((SCT, "279039007", "Low back pain"), (ICD, "M54.50", "Low back pain, unspecified")), onset="2026-05-15", status="resolved", abate="2026-09-23", enc=e1, recorded="2026-07-08",
                 note="Symptom problem superseded by spondylolysis diagnosis 9/23.")
    c.cond(cc((SCT, "35489007", "Depressive disorder")) if False else cc((ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), onset="2025-01-20", status="resolved", abate="2025-03-01", cat="encounter-diagnosis")
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-07-08", 5, "{score}", "{score}", cat="survey", enc=e1)
    x = c.report(cc((CPT, "72100", "Radiologic examination, spine, lumbosacral; 2 or 3 views")), "2026-07-08", "Lumbar spine 3 views: normal alignment, no pars defect seen, no spondylolisthesis. Normal study.", pr="rad", enc=e1)
    c.note("2026-07-08", "consult", "Sports medicine new patient", """15F level 8 gymnast, 7 wk LBP, worse with back walkovers and handsprings, pain on single-leg hyperextension (stork) on R. Neuro intact.
XR L-spine normal.
A: extension-based LBP, r/o posterior element stress injury. P: relative rest from extension, PT, recheck 6-8 wk; MRI if not improving.""", pr="sm", enc=e1)
    e2 = c.enc("2026-08-12", typ="Physical therapy evaluation", reason="Low back pain", pr="pt")
    c.proc(cc((CPT, "97162", "Physical therapy evaluation: moderate complexity")), "2026-08-12", enc=e2, pr="pt")
    c.note("2026-08-12", "pt", "PT initial evaluation", "Pain 5/10 with extension, tight hip flexors/hamstrings, poor lumbopelvic control. Plan 2x/wk x 6 wk core stabilization; no extension loading.", pr="pt", enc=e2)
    e3 = c.enc("2026-09-02", typ="Sports medicine follow-up", reason="Persistent back pain despite rest", pr="sm")
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-09-02", 5, "{score}", "{score}", cat="survey", enc=e3)
    c.sr(cc((CPT, "72148", "MRI lumbar spine without contrast")), "2026-09-02", status="completed", pr="sm", reason=lbp)
    c.report(cc((CPT, "72148", "MRI lumbar spine without contrast")), "2026-09-16", "Bone marrow oedema in bilateral L5 pars interarticularis without complete fracture line, consistent with bilateral L5 pars stress reaction (early spondylolysis). Discs normal.", pr="rad")
    e4 = c.enc("2026-09-23", typ="Sports medicine follow-up", reason="MRI review", pr="sm")
    c.cond(cc((SCT, "240221009", "Spondylolysis"), (ICD, "M43.06", "Spondylolysis, lumbar region")), onset="2026-09-16", recorded="2026-09-23", enc=e4, pr="sm",
           note="Bilateral L5 pars stress reaction - explains extension-based pain.")
    c.note("2026-09-23", "progress", "Sports med follow-up", """MRI: bilateral L5 pars stress reaction. Diagnosis explains her extension-based back pain.
Plan: no gymnastics 8-12 wk, consider brace if painful with ADLs, continue PT (anti-extension), vitamin D level, gradual return-to-sport protocol.""", pr="sm", enc=e4)
    c.lab("vitd", "2026-09-23", 24)
    e5 = c.enc("2026-11-10", typ="Sports medicine follow-up", reason="Back pain much better", pr="sm")
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-10", 1, "{score}", "{score}", cat="survey", enc=e5)
    c.med(cc((RX, "316628", "cholecalciferol 1000 UNT Oral Tablet") if False else (RX, "316628", "cholecalciferol 1000 UNT"), text="vitamin D3 2000 IU daily"), "2026-09-23", "2000 IU PO daily", pr="sm")
    c.note("2026-11-10", "progress", "Sports med follow-up", "Pain 1/10, pain-free ADLs, stork negative. Begin phase 2 return to gymnastics (no back handsprings until 12/22).", pr="sm", enc=e5)
    return c, "16F gymnast with 4 months of low back pain; plain films normal but MRI then showed bilateral L5 pars stress reaction (spondylolysis) that explains it; now improving."

def psnw_n2(cid):
    c = Case(cid, "beacon")
    c.setup("Kiara Simone", "Whitfield", "female", "1999-12-04", "BWV-481126", payor="CareSource Ohio Medicaid", plan="Medicaid managed care", member="CS00918273",
            pracs={"np": ("Holly", "Ferreira", "APRN-CNP"), "md": ("Samuel", "Achterberg", "DO")})
    c.cond(cc((SCT, "35489007", "Depressive disorder") if False else (SCT, "427295004", "Allergic rhinitis due to animal dander") if False else (ICD, "J30.2", "Other seasonal allergic rhinitis")), onset="2015-04-01")
    c.cond(cc((ICD, "N39.0", "Urinary tract infection, site not specified")), onset="2024-06-03", status="resolved", abate="2024-06-12", cat="encounter-diagnosis")
    c.med(cc((RX, "1014678", "cetirizine hydrochloride 10 MG Oral Tablet") if False else (RX, "1014678", "cetirizine 10 MG Oral Tablet")), "2024-04-01", "10 mg PO daily in season", rt="MedicationStatement")
    e1 = c.enc("2026-10-03", cls="VR", typ="On-demand video visit", reason="CC: burning w/ urination, frequency x2 days", pr="np")
    uti = c.cond(cc((ICD, "N30.00", "Acute cystitis without hematuria"), (SCT, "68226007", "Acute cystitis")), onset="2026-10-01", status="resolved", abate="2026-10-09", cat="encounter-diagnosis", enc=e1, recorded="2026-10-03")
    c.note("2026-10-03", "telehealth", "Video visit", """26F dysuria, frequency, urgency x2d. No fever, flank pain, vaginal discharge. LMP 9/20. Not pregnant per home hCG.
A: acute uncomplicated cystitis. Rx nitrofurantoin 100 mg BID x5d. Urine culture ordered at Quest.
Scheduled video follow-up 10/10 to review culture.""", pr="np", enc=e1)
    c.med(cc((RX, "1648755", "nitrofurantoin 100 MG Oral Capsule"), text="nitrofurantoin monohydrate/macrocrystals 100 mg"), "2026-10-03", "100 mg PO BID x5 days", status="completed", pr="np", reason=uti, enc=e1)
    c.sr(cc((LN, "630-4", "Bacteria identified in Urine by Culture")), "2026-10-03", status="completed", pr="np", reason=uti)
    c.obs(cc((LN, "630-4", "Bacteria identified in Urine by Culture")), "2026-10-05", vstr=">100,000 CFU/mL Escherichia coli, susceptible to nitrofurantoin", interp="A")
    e2 = c.enc("2026-10-10", cls="VR", typ="Scheduled follow-up video visit", reason="Planned follow-up: culture review", pr="np", priority=("R", "routine"))
    c.note("2026-10-10", "telehealth", "Scheduled follow-up", "Planned recheck. Symptoms resolved day 3 of antibiotics. Culture E. coli, sensitive. No further action. Hydration, post-coital voiding advice.", pr="np", enc=e2)
    e3 = c.enc("2026-11-18", typ="Urgent care walk-in", reason="CC: rolled R ankle at work", pr="md")
    c.vitals("2026-11-18", e3, 118, 74, 82, 68.0, 36.7)
    c.cond(cc((ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), onset="2026-11-18", cat="encounter-diagnosis", enc=e3, recorded="2026-11-18")
    c.report(cc((CPT, "73610", "Radiologic examination, ankle; complete, minimum of 3 views")), "2026-11-18", "No fracture. Soft tissue swelling lateral malleolus.", enc=e3)
    c.note("2026-11-18", "progress", "Urgent care note", "Inversion injury R ankle, Ottawa rules positive (tenderness post. lat. malleolus) - XR neg. Grade 1-2 ATFL sprain. ASO brace, RICE, ibuprofen. Return precautions.", pr="md", enc=e3)
    c.proc(cc((HCPCS, "L1902", "Ankle orthosis, ankle gauntlet or similar, prefabricated, off-the-shelf")), "2026-11-18", enc=e3)
    c.vitals("2026-10-03", e1, None, None, None, 68.4)
    return c, "26F with cystitis on a video visit, a scheduled follow-up a week later (culture E. coli, resolved) and an unrelated ankle sprain six weeks after; no unscheduled returns for the same problem."

# ---------------- DIAGNOSIS_SYMPTOM_MISMATCH ----------------
def dsm_p1(cid):
    c = Case(cid, "frch")
    c.setup("Jasmine Avneet", "Sandhu", "female", "1988-07-21", "FR-3320918", hcn="9876543218",
            pracs={"fp": ("Caroline", "Tremblay", "MD, CCFP"), "rn": ("Marco", "Bellavance", "RN")}, lang=("en-CA", "English (Canada)"))
    e0 = c.enc("2025-03-12", typ="Family practice visit", reason="Loose stools and cramping on and off for a year", pr="fp", org=c.orgs["fht"])
    ibs = c.cond(cc((SCT, "10743008", "Irritable bowel syndrome"), ca_icd(c, "K58.0", "Irritable bowel syndrome with diarrhoea"), text="IBS-D"),
                 onset="2025-03-12", enc=e0, pr="fp", recorded="2025-03-12")
    c.lab("hgbF", "2025-03-14", 128); c.lab("ferritin", "2025-03-14", 38)
    c.obs(cc((LN, "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum")), "2025-03-14", 1.2, "U/mL", "U/mL", None, 7.0, "N")
    c.cond(cc((SCT, "37796009", "Migraine"), ca_icd(c, "G43.9", "Migraine, unspecified")), onset="2010-01-01")
    c.cond(cc((SCT, "199746004", "Gestational diabetes")) if False else cc((SCT, "11687002", "Gestational diabetes mellitus")), onset="2021-02-01", status="resolved", abate="2021-08-15")
    c.note("2025-03-12", "progress", "FP visit", """~1 yr intermittent loose stools 2-3/day with cramping relieved by defecation, bloating. No blood, no nocturnal sx, weight stable 64 kg. Celiac screen neg, CBC normal.
A: IBS-D (Rome IV). P: low FODMAP handout, psyllium, peppermint oil.""", pr="fp", enc=e0)
    c.vitals("2025-03-12", e0, 112, 70, 74, 64.0)
    c.med(cc((DIN, "02237779", "BUSCOPAN 10MG TABLET") if False else (DIN, "00363812", "BUSCOPAN 10MG"), text="hyoscine butylbromide 10 mg"), "2025-03-12", "10 mg PO TID PRN cramps", pr="fp", reason=ibs)
    c.med(cc(text="peppermint oil enteric-coated capsule 0.2 mL"), "2025-03-12", "1 cap TID before meals", pr="fp", reason=ibs, rt="MedicationStatement")
    e1 = c.enc("2026-06-18", typ="Family practice visit", reason="IBS worse", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-06-18", e1, 110, 68, 80, 61.2)
    c.note("2026-06-18", "progress", "FP visit", "IBS flare after stressful spring. 4-5 loose stools/day. Weight 61.2. Continue IBS measures, add loperamide PRN. F/u PRN.", pr="fp", enc=e1)
    c.med(cc((DIN, "02212005", "IMODIUM 2MG"), text="loperamide 2 mg"), "2026-06-18", "2 mg PO after each loose stool, max 8 mg/day", pr="fp", reason=ibs)
    e2 = c.enc("2026-11-12", typ="Family practice visit", reason="Diarrhoea waking her at night, weight loss", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-11-12", e2, 104, 66, 92, 57.5, 37.4)
    c.lab("hgbF", "2026-11-04", 108); c.lab("ferritin", "2026-11-04", 9); c.lab("crp", "2026-11-04", 27)
    c.lab("alb", "2026-11-04", 31)
    c.obs(cc((LN, "38445-3", "Calprotectin [Mass/mass] in Stool")), "2026-11-04", 410, "ug/g", "ug/g", None, 50, "H")
    c.note("2026-11-12", "progress", "FP visit", """S: now 6-8 stools/day incl. 2-3 overnight, urgency, occasional streaks of blood she attributes to haemorrhoids, 6.5 kg weight loss since March 2025, mouth ulcers.
O: T 37.4, HR 92, wt 57.5 kg. Abdo mildly tender RLQ.
Labs 04-Nov: Hb 108, ferritin 9, CRP 27, albumin 31, faecal calprotectin 410.
A: IBS-D, flare.
P: continue loperamide and peppermint oil, add amitriptyline 10 mg qhs. Iron supplement. Review 8 wk.""", pr="fp", enc=e2)
    c.med(cc((DIN, "00335053", "AMITRIPTYLINE 10MG"), text="amitriptyline 10 mg"), "2026-11-12", "10 mg PO at bedtime", pr="fp", reason=ibs)
    c.med(cc(text="ferrous gluconate 300 mg"), "2026-11-12", "1 tab PO every other day", pr="fp")
    return c, "38F labelled IBS-D since 2025-03, still treated as IBS while nocturnal diarrhoea, 6.5 kg weight loss, anaemia, CRP 27 and faecal calprotectin 410 have appeared that IBS cannot explain."

def dsm_p2(cid):
    c = Case(cid, "cascade")
    c.setup("Terrence Alan", "Mbeki-Holloway", "male", "1969-02-14", "CPS-0552190", payor="Premera Blue Cross", plan="Premera PPO", member="PBC7716503342",
            pracs={"pa": ("Whitney", "Castellanos", "PA-C"), "md": ("Lars", "Hoffstetter", "MD (PM&R)"), "pt": ("Noelle", "Barragan", "DPT")})
    c.cond(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.5", "Hyperlipidemia, unspecified")), onset="2018-01-01")
    c.cond(cc((ICD, "Z87.891", "Personal history of nicotine dependence")), onset="2015-01-01", status="inactive")
    e1 = c.enc("2026-04-02", typ="New patient spine consult", reason="Low back pain x 6 weeks", pr="md")
    ddd = c.cond(cc((SCT, "77547008", "Degeneration of lumbar intervertebral disc"), (ICD, "M51.36", "Other intervertebral disc degeneration, lumbar region")),
                 onset="2026-02-15", enc=e1, pr="md", recorded="2026-04-02")
    c.report(cc((CPT, "72100", "Radiologic examination, spine, lumbosacral; 2 or 3 views")), "2026-04-02", "Mild disc space narrowing L4-5 with small anterior osteophytes. No fracture or destructive lesion.", enc=e1)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-04-02", 6, "{score}", "{score}", cat="survey", enc=e1)
    c.obs(cc(("https://fhir.cascadespine.org/CodeSystem/outcome-measures", "ODI", "Oswestry Disability Index v2.1a"), text="Oswestry Disability Index (%)"), "2026-04-02", 30, "%", "%", cat="survey", enc=e1)
    c.note("2026-04-02", "consult", "Spine consult", """57M warehouse supervisor, LBP x6 wk after lifting, axial, mechanical, no leg sx. No red flags on screening (no wt loss, no night pain, no hx cancer). Neuro intact.
XR: mild L4-5 DDD.
A: lumbar DDD with mechanical LBP. Plan PT 8 wk, meloxicam 15 mg daily, f/u 3 mo.""", pr="md", enc=e1)
    c.med(cc((RX, "311486", "meloxicam 15 MG Oral Tablet")), "2026-04-02", "15 mg PO daily with food", pr="md", reason=ddd)
    c.med(cc((RX, "617318", "atorvastatin 20 MG Oral Tablet") if False else (RX, "617310", "atorvastatin 20 MG Oral Tablet")), "2018-02-01", "20 mg PO daily", rt="MedicationStatement")
    e2 = c.enc("2026-04-14", typ="Physical therapy evaluation", reason="Lumbar DDD", pr="pt")
    c.proc(cc((CPT, "97161", "Physical therapy evaluation: low complexity")), "2026-04-14", enc=e2, pr="pt")
    e3 = c.enc("2026-07-09", typ="Spine follow-up", reason="LBP follow-up", pr="pa")
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-07-09", 6, "{score}", "{score}", cat="survey", enc=e3)
    c.note("2026-07-09", "progress", "Spine follow-up", "Completed 10 PT visits, modest gains. Pain 6/10. Continue HEP + meloxicam.", pr="pa", enc=e3)
    e4 = c.enc("2026-11-06", typ="Spine follow-up", reason="Back pain now constant, waking at night", pr="pa")
    c.vitals("2026-11-06", e4, 128, 78, 90, 80.3)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-06", 7, "{score}", "{score}", cat="survey", enc=e4)
    c.obs(cc(("https://fhir.cascadespine.org/CodeSystem/outcome-measures", "ODI", "Oswestry Disability Index v2.1a"), text="Oswestry Disability Index (%)"), "2026-11-06", 34, "%", "%", cat="survey", enc=e4)
    c.lab("esr", "2026-11-06", 64); c.lab("alp", "2026-11-06", 214); c.lab("hgb", "2026-11-06", 11.8); c.lab("crp", "2026-11-06", 22)
    c.note("2026-11-06", "progress", "Spine follow-up", """Pain now constant thoracolumbar, present at rest and wakes him 2-3x/night. Reports ~7 kg unintended weight loss since spring (87 -> 80.3 kg) and night sweats; attributes to stress.
Labs today (ordered by PCP, resulted in our portal): ESR 64, ALP 214, Hb 11.8, CRP 22.
A: lumbar DDD - persistent pain.
P: add tramadol 50 mg q6h prn, resume PT, f/u 8 wk.""", pr="pa", enc=e4)
    c.med(cc((RX, "835603", "tramadol hydrochloride 50 MG Oral Tablet")), "2026-11-06", "50 mg PO q6h PRN, max 200 mg/day", pr="pa", reason=ddd)
    c.raw("Consent", {"status": "active", "scope": cc(("http://terminology.hl7.org/CodeSystem/consentscope", "treatment", "Treatment")),
                      "category": [cc((LN, "59284-0", "Patient Consent"))], "patient": ref(c.pat), "dateTime": "2026-11-06",
                      "policyRule": {"text": "Controlled substance agreement (short-term tramadol)"}}, "consent")
    return c, "57M given a lumbar disc degeneration label in 2026-04; by 2026-11 he has constant night pain, 7 kg weight loss, night sweats, ESR 64, ALP 214 and anaemia, which the label cannot explain, and he is still managed as mechanical back pain."

def dsm_p3(cid):
    c = Case(cid, "swift")
    c.setup("Brianna Lee", "Castaneda", "female", "1993-04-30", "SWC-1184470", payor="UnitedHealthcare", plan="UHC Choice Plus", member="UHC918337210",
            pracs={"np": ("Monica", "Albrecht", "PMHNP-BC"), "np2": ("Tara", "Lindqvist", "FNP-C"), "md": ("Kevin", "Osei", "MD")})
    e1 = c.enc("2026-05-14", cls="VR", typ="Telehealth behavioral health intake", reason="CC: 'heart racing, feel like I'm going to pass out', episodes x2 months", pr="np")
    pd = c.cond(cc((SCT, "371631005", "Panic disorder"), (ICD, "F41.0", "Panic disorder [episodic paroxysmal anxiety]")), onset="2026-03-01", enc=e1, pr="np", recorded="2026-05-14")
    c.obs(cc((LN, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score")), "2026-05-14", 11, "{score}", "{score}", cat="survey", enc=e1)
    c.note("2026-05-14", "telehealth", "Behavioral health intake", """33F, episodes of racing heart/fluttering, lightheadedness and feeling faint, 2-3/wk, sometimes with exertion, sometimes at rest. Work stress. No prior psych hx. GAD-7 11.
A: panic disorder. P: sertraline 25 mg x1wk then 50 mg; CBT referral (app-based).""", pr="np", enc=e1)
    c.med(cc((RX, "312940", "sertraline 50 MG Oral Tablet")), "2026-05-14", "25 mg daily x7d then 50 mg daily", pr="np", reason=pd)
    e2 = c.enc("2026-07-22", cls="VR", typ="Telehealth behavioral health follow-up", reason="Panic f/u", pr="np")
    c.obs(cc((LN, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score")), "2026-07-22", 7, "{score}", "{score}", cat="survey", enc=e2)
    c.note("2026-07-22", "telehealth", "BH follow-up", "Less worry overall, GAD-7 7. Still has 'spells' of lightheadedness with slow pounding heartbeat, 1-2/wk. Continue sertraline 50.", pr="np", enc=e2)
    e3 = c.enc("2026-09-28", cls="VR", typ="Telehealth video visit", reason="CC: nearly fainted while jogging", pr="np2")
    c.note("2026-09-28", "telehealth", "Video visit", "Near-syncope while jogging 9/26, had to sit, vision greyed, recovered in 1 min. Pt thinks panic. Advised hydration, in-person eval if recurs.", pr="np2", enc=e3)
    e4 = c.enc("2026-10-30", typ="Urgent care walk-in", reason="CC: passed out on stairs at work", pr="md", priority=("UR", "urgent"))
    c.vitals("2026-10-30", e4, 108, 64, 44, 62.0, 36.8, 99)
    c.obs(cc((LN, "8601-7", "EKG impression")), "2026-10-30", vstr="Sinus bradycardia 46 with intermittent non-conducted P waves; PR constant. Recommend cardiology.", interp="A", cat="procedure", enc=e4)
    c.note("2026-10-30", "progress", "Urgent care note", """Syncope on stairs at work, brief LOC ~10 s, no seizure activity. HR 44 on arrival. ECG: sinus brady, intermittent dropped beats.
Pt declined ED transfer. Ordered 14-day event monitor via vendor. Advised no driving.""", pr="md", enc=e4)
    c.sr(cc((CPT, "93241", "External ECG recording for more than 48 hours up to 7 days") if False else (CPT, "93245", "External ECG recording, more than 7 days up to 15 days; recording, scanning analysis with report, review and interpretation"), text="14-day ambulatory ECG monitor"),
         "2026-10-30", status="completed", pr="md")
    c.obs(cc(text="Outside result - 14-day ambulatory ECG (vendor report)"), "2026-11-14",
          vstr="Intermittent Mobitz II second-degree AV block with ventricular rates to 36 bpm, longest pause 3.4 s, correlating with patient-triggered 'dizzy' events.", interp="A", cat="procedure")
    e5 = c.enc("2026-11-20", cls="VR", typ="Telehealth behavioral health follow-up", reason="Panic f/u - still having spells", pr="np")
    c.note("2026-11-20", "telehealth", "BH follow-up", """Continues to have lightheaded spells and 1 further near-faint. Monitor report uploaded to chart (AV block) - pt told by vendor to see cardiology; no cardiology appt yet.
A: panic disorder, partially responsive.
P: increase sertraline to 100 mg, continue CBT app, f/u 6 wk.""", pr="np", enc=e5)
    c.med(cc((RX, "312941", "sertraline 100 MG Oral Tablet")), "2026-11-20", "100 mg PO daily", pr="np", reason=pd)
    c.cond(cc((ICD, "J06.9", "Acute upper respiratory infection, unspecified")), onset="2026-01-05", status="resolved", abate="2026-01-15", cat="encounter-diagnosis")
    return c, "33F diagnosed with panic disorder by telehealth for faint spells; later exertional syncope, HR 44 and an outside monitor showing Mobitz II AV block are still managed by raising the sertraline dose."

def dsm_n1(cid):
    c = Case(cid, "nsrhc")
    c.setup("Marie-Claude", "Desrosiers", "female", "1977-10-09", "NS0392251", hcn="4411209876KT",
            pracs={"fp": ("Ahmed", "Farouk", "MD, CCFP"), "np": ("Jennifer", "Lahti", "NP-PHC")})
    e1 = c.enc("2026-01-20", typ="Family health team visit", reason="Tired all the time", pr="np", org=c.orgs["fht"])
    fat = c.cond(cc((SCT, "84229001", "Fatigue"), ca_icd(c, "R53", "Malaise and fatigue"), text="Fatigue"), onset="2025-11-01", status="resolved", abate="2026-08-18", enc=e1, recorded="2026-01-20",
                 note="Attributed to primary hypothyroidism (dx May 2026); resolved on levothyroxine.")
    c.lab("hgbF", "2026-01-22", 132); c.lab("ferritin", "2026-01-22", 61); c.lab("glu", "2026-01-22", 5.1)
    c.lab("tsh", "2026-01-22", 5.6)
    c.note("2026-01-20", "progress", "NP visit", "Fatigue x3 mo, poor sleep, cold intolerance. Bloods: CBC, ferritin, glucose normal, TSH 5.6 borderline. Plan recheck TSH + FT4 + anti-TPO in 3 mo; sleep hygiene.", pr="np", enc=e1)
    e2 = c.enc("2026-05-19", typ="Family health team visit", reason="Fatigue worse, weight gain, hair thinning", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-05-19", e2, 124, 80, 58, 74.8)
    c.lab("tsh", "2026-05-12", 38.2); c.lab("ft4", "2026-05-12", 6.1)
    c.obs(cc((LN, "8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma")), "2026-05-12", 612, "k[IU]/L", "k[IU]/L", None, 35, "H")
    hypo = c.cond(cc((SCT, "21983002", "Hashimoto thyroiditis") if False else (SCT, "40930008", "Hypothyroidism"), ca_icd(c, "E06.3", "Autoimmune thyroiditis"), text="Primary hypothyroidism - Hashimoto"),
                  onset="2026-05-12", enc=e2, pr="fp", recorded="2026-05-19")
    c.note("2026-05-19", "progress", "FP visit", "TSH 38, FT4 6.1, anti-TPO 612 - primary autoimmune hypothyroidism explains fatigue, cold intolerance, wt gain. Start levothyroxine 75 mcg, TSH 6-8 wk.", pr="fp", enc=e2)
    c.med(cc((DIN, "02172127", "SYNTHROID 0.075MG TABLET") if False else (DIN, "02172100", "SYNTHROID 75MCG"), text="levothyroxine 75 mcg"), "2026-05-19", "75 mcg PO daily on empty stomach", pr="fp", reason=hypo)
    c.lab("tsh", "2026-07-08", 6.4)
    c.med(cc(text="levothyroxine 88 mcg"), "2026-07-10", "88 mcg PO daily", pr="fp", reason=hypo)
    e3 = c.enc("2026-08-18", typ="Family health team visit", reason="Thyroid follow-up", pr="fp", org=c.orgs["fht"])
    c.lab("tsh", "2026-08-11", 2.1)
    c.vitals("2026-08-18", e3, 118, 76, 66, 71.9)
    c.note("2026-08-18", "progress", "FP visit", "Energy back to normal, sleeping well, weight down 3 kg. TSH 2.1. Fatigue resolved - removed from problem list. Continue 88 mcg, TSH in 3 mo.", pr="fp", enc=e3)
    c.lab("tsh", "2026-11-10", 1.6)
    c.cond(cc((SCT, "267036007", "Dyspnea")) if False else cc((SCT, "30473006", "Pain in pelvis") if False else (SCT, "266569009", "Benign prostatic hyperplasia") if False else (SCT, "271941008", "Fibroid uterus") if False else (SCT, "95315005", "Uterine leiomyoma")), onset="2019-01-01", status="inactive")
    c.imm("140", "Influenza, seasonal, injectable, preservative free", "2026-10-14")
    return c, "49F whose open fatigue problem (R53) was explained by autoimmune hypothyroidism diagnosed in 2026-05; on levothyroxine, fatigue resolved and closed, TSH normal."

def dsm_n2(cid):
    c = Case(cid, "summit")
    c.setup("Rafael Antonio", "Quintanilla", "male", "1982-06-03", "SSM-0117762", payor="Cigna", plan="Cigna Open Access Plus", member="U8820417703",
            pracs={"md": ("Priyanka", "Raghunathan", "MD (PM&R)"), "pt": ("Devon", "Aldridge", "DPT"), "rad": ("Ilya", "Sorokin", "MD (Radiology)")})
    c.cond(cc((SCT, "38341003", "Hypertensive disorder"), (ICD, "I10", "Essential (primary) hypertension")), onset="2021-01-01")
    e1 = c.enc("2026-08-05", typ="New patient spine visit", reason="L buttock and leg pain to top of foot x 5 wk", pr="md")
    rad = c.cond(cc((SCT, "128196005", "Lumbar radiculopathy") if False else (ICD, "M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region"), (SCT, "202735001", "Lumbar disc prolapse with radiculopathy"), text="L4-5 disc herniation with left L5 radiculopathy"),
                 onset="2026-07-01", enc=e1, pr="md", recorded="2026-08-05")
    c.note("2026-08-05", "consult", "Spine consult", """44M, L buttock/lateral leg pain to dorsum of foot, numbness great toe, 5 wk. SLR + at 40 deg L. EHL 4/5 L, ankle DF 5/5, reflexes symmetric. No bowel/bladder sx.
A: L L5 radiculopathy. Plan MRI, gabapentin, PT; consider TFESI.""", pr="md", enc=e1)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-08-05", 7, "{score}", "{score}", cat="survey", enc=e1)
    c.obs(cc(("https://ehr.summitspine.com/CodeSystem/pro", "ODI", "Oswestry Disability Index"), text="ODI (%)"), "2026-08-05", 46, "%", "%", cat="survey", enc=e1)
    c.report(cc((CPT, "72148", "MRI lumbar spine without contrast")), "2026-08-12", "L4-5 left paracentral disc extrusion contacting the traversing left L5 nerve root in the lateral recess. No stenosis elsewhere.", pr="rad")
    c.med(cc((RX, "310431", "gabapentin 300 MG Oral Capsule")), "2026-08-05", "300 mg PO TID", pr="md", reason=rad)
    e2 = c.enc("2026-09-10", typ="Procedure visit", reason="L4-5 radiculopathy", pr="md")
    c.proc(cc((CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level"), text="Left L5 transforaminal epidural steroid injection"),
           "2026-09-10", reason=rad, pr="md", enc=e2, outcome="Tolerated well; concordant pain reproduction; no complications")
    c.proc(cc((HCPCS, "J1100", "Injection, dexamethasone sodium phosphate, 1 mg")), "2026-09-10", enc=e2)
    e3 = c.enc("2026-10-08", typ="Spine follow-up", reason="Post-injection follow-up", pr="md")
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-08", 5, "{score}", "{score}", cat="survey", enc=e3)
    c.obs(cc(("https://ehr.summitspine.com/CodeSystem/pro", "ODI", "Oswestry Disability Index"), text="ODI (%)"), "2026-10-08", 38, "%", "%", cat="survey", enc=e3)
    e4 = c.enc("2026-11-19", typ="Spine follow-up", reason="L5 radiculopathy follow-up", pr="md")
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-19", 4, "{score}", "{score}", cat="survey", enc=e4)
    c.obs(cc(("https://ehr.summitspine.com/CodeSystem/pro", "ODI", "Oswestry Disability Index"), text="ODI (%)"), "2026-11-19", 34, "%", "%", cat="survey", enc=e4)
    c.note("2026-11-19", "progress", "Spine follow-up", """Residual intermittent L lateral calf pain and great-toe numbness (L5), EHL 4+/5 improving. Findings concordant with L4-5 extrusion on MRI. ODI 46->34.
Surgery discussed as an option if plateau; pt prefers to continue conservative care. Continue PT and gabapentin.""", pr="md", enc=e4)
    e5 = c.enc("2026-09-24", typ="Physical therapy visit", reason="Lumbar radiculopathy", pr="pt")
    c.proc(cc((CPT, "97110", "Therapeutic exercises")), "2026-09-24", enc=e5, pr="pt")
    c.med(cc((RX, "197361", "amlodipine 5 MG Oral Tablet")), "2021-02-01", "5 mg PO daily", rt="MedicationStatement")
    return c, "44M with L4-5 disc extrusion and left L5 radiculopathy; the remaining L5 calf pain, toe numbness and EHL weakness match the MRI; improving after a transforaminal steroid injection."
