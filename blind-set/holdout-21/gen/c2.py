from lib import *
from c1 import ca_icd

# ---------------- MAJOR_PROCEDURE_PLANNED ----------------
def mpp_p1(cid):
    c = Case(cid, "rgh")
    c.setup("Lorraine Ethel", "Wiebe", "female", "1968-11-02", "RGH-803355", hcn="227190448",
            pracs={"fp": ("Sukhpreet", "Dhaliwal", "MD, CCFP"), "surg": ("Olumide", "Adeyemi-Laird", "MD, FRCSC (General Surgery)"), "anes": ("Katrin", "Sigurdson", "MD, FRCPC (Anaesthesia)")})
    c.cond(cc((SCT, "59621000", "Essential hypertension"), ca_icd(c, "I10", "Essential (primary) hypertension")), onset="2016-01-01")
    c.cond(cc((SCT, "73430006", "Sleep apnea") if False else (SCT, "78275009", "Obstructive sleep apnea syndrome"), ca_icd(c, "G47.3", "Sleep apnoea")), onset="2020-05-01")
    c.cond(cc((SCT, "302870006", "Hypertriglyceridemia") if False else (SCT, "73211009", "Diabetes mellitus") if False else (SCT, "83128009", "Oophorectomy") if False else (SCT, "266599000", "Dysmenorrhea"))
           , onset="1990-01-01", status="resolved", abate="2019-01-01")
    e1 = c.enc("2026-05-11", typ="Clinic visit", reason="Neck fullness, trouble swallowing pills, short of breath lying flat", pr="fp", org=c.orgs["fht"])
    g = c.cond(cc((SCT, "237569001", "Multinodular goiter") if False else (SCT, "197216008", "Multinodular goitre"), ca_icd(c, "E04.2", "Nontoxic multinodular goitre"), text="Multinodular goitre with retrosternal extension"),
               onset="2026-05-11", enc=e1, pr="fp", recorded="2026-05-11")
    c.lab("tsh", "2026-05-12", 1.12); c.lab("ft4", "2026-05-12", 14.2)
    c.report(cc((LN, "24842-3", "US Thyroid")), "2026-05-27", "Enlarged multinodular thyroid; dominant R nodule 3.9 cm, TI-RADS 3; L lobe extends below the clavicle, inferior extent not seen.")
    c.report(cc((LN, "30745-4", "CT Neck W contrast") if False else (LN, "24557-7", "CT Neck"), text="CT neck and upper chest"), "2026-06-22", "Multinodular goitre with retrosternal extension to the level of the aortic arch; tracheal deviation to the right with narrowing to 8 mm AP diameter.")
    c.obs(cc(text="Thyroid FNA cytology - right dominant nodule"), "2026-06-30", vstr="Benign follicular nodule (Bethesda II)", interp="N")
    ref_sr = c.sr(cc((SCT, "306181000", "Referral to general surgery service") if False else (SCT, "183545006", "Referral to general surgeon")), "2026-07-02", status="completed", pr="fp", reason=g,
                  note="Referral received 2026-07-03; consult date 2026-08-20.")
    e2 = c.enc("2026-08-20", typ="Surgical consultation", reason="Compressive multinodular goitre", pr="surg")
    c.note("2026-08-20", "letter", "General surgery consultation letter", """Dear Dr Dhaliwal,
Re: Lorraine Wiebe, 57. Thank you for this referral.
She has a large multinodular goitre with retrosternal extension, progressive dysphagia to solids, positional dyspnoea and a nocturnal choking sensation. CT shows tracheal narrowing to 8 mm. FNA of the dominant nodule is benign (Bethesda II); she is biochemically euthyroid.
I have recommended total thyroidectomy, likely via a cervical approach; sternotomy is unlikely but was consented as a possibility. Risks discussed incl. recurrent laryngeal nerve injury (voice change), hypoparathyroidism, lifelong levothyroxine.
She has been placed on the surgical wait list today (priority 3 - within 90 days). Pre-admission clinic to follow.
Sincerely, O. Adeyemi-Laird MD FRCSC""", pr="surg", enc=e2)
    sr = c.sr(cc(("https://ehr.prairielakeshealth.mb.ca/fhir/R4/CodeSystem/or-booking", "THYR-TOT", "Thyroidectomy, total"), (CPT, "60271", "Thyroidectomy, including substernal thyroid; cervical approach"), text="Total thyroidectomy (cervical approach, possible sternotomy)"),
              "2026-08-20", status="active", intent="order", occ="2027-01-13", pr="surg", performer=c.pr["surg"], reason=g, priority="routine",
              note="Wait-list date 2026-08-20, priority 3. OR booked 2027-01-13, Riverside General OR 2. Pre-admission clinic 2026-12-22.")
    c.sr(cc(text="Pre-admission clinic assessment"), "2026-08-20", status="active", occ="2026-12-22", pr="surg")
    c.sr(cc(text="Laryngoscopy - pre-operative vocal cord assessment") , "2026-08-20", status="completed", pr="surg")
    c.obs(cc(text="Flexible laryngoscopy"), "2026-09-18", vstr="Bilateral mobile vocal cords; mild extrinsic compression of upper trachea", cat="procedure")
    c.vitals("2026-08-20", e2, 142, 86, 76, 92.5)
    c.med(cc((DIN, "02280795", "PERINDOPRIL 4MG") if False else (DIN, "02365979", "AMLODIPINE 5MG"), text="amlodipine 5 mg"), "2016-03-01", "5 mg PO daily", pr="fp")
    c.obs(cc((LN, "39156-5", "Body mass index (BMI) [Ratio]")), "2026-08-20", 34.2, "kg/m2", "kg/m2", cat="vital-signs", enc=e2)
    c.lab("hgbF", "2026-09-02", 134); c.lab("cr", "2026-09-02", 71)
    c.obs(cc((LN, "17861-6", "Calcium [Mass/volume] in Serum or Plasma") if False else (LN, "2000-8", "Calcium [Moles/volume] in Serum or Plasma")), "2026-09-02", 2.38, "mmol/L", "mmol/L", 2.15, 2.60, "N")
    return c, "57F with a compressive retrosternal multinodular goitre (trachea 8 mm, benign FNA); total thyroidectomy booked from the wait list for 2027-01-13."

def mpp_p2(cid):
    c = Case(cid, "summit")
    c.setup("Dale Everett", "Brunskill", "male", "1960-08-19", "SSM-0069042", payor="Medicare Part B / AARP Medicare Supplement", plan="Medicare + Medigap Plan G", member="1EG4TE5MK73",
            pracs={"surg": ("Christopher", "Vandermeer", "MD (Orthopaedic Spine Surgery)"), "md": ("Rachel", "Nguyen-Hart", "MD, CAQSM"), "pm": ("Omar", "Haddad", "MD (Interventional Pain)"), "pt": ("Devon", "Aldridge", "DPT")})
    c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), onset="2015-01-01")
    c.cond(cc((SCT, "38341003", "Hypertensive disorder"), (ICD, "I10", "Essential (primary) hypertension")), onset="2012-01-01")
    e1 = c.enc("2026-03-10", typ="Spine consult", reason="Leg heaviness walking, back pain", pr="pm")
    st = c.cond(cc((ICD, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), (SCT, "18347007", "Spinal stenosis of lumbar region")), onset="2025-06-01", enc=e1, recorded="2026-03-10")
    sp = c.cond(cc((ICD, "M43.16", "Spondylolisthesis, lumbar region"), (SCT, "274152003", "Spondylolisthesis")), onset="2025-06-01", enc=e1, recorded="2026-03-10", note="Grade I degenerative L4 on L5, 6 mm, dynamic 4 mm translation on flexion-extension")
    c.report(cc((CPT, "72148", "MRI lumbar spine without contrast")), "2026-03-02", "Grade I degenerative anterolisthesis L4-5 with severe central and bilateral lateral recess stenosis; facet effusions. Moderate L3-4 foraminal narrowing.")
    for d, odi, p in (("2026-06-02", 44, 7), ("2026-09-01", 46, 7), ("2026-10-28", 48, 7)):
        e = c.enc(d, typ="Spine follow-up", reason="Neurogenic claudication", pr="pm" if d != "2026-10-28" else "surg")
        c.obs(cc(("https://ehr.summitspine.com/CodeSystem/pro", "ODI", "Oswestry Disability Index"), text="ODI (%)"), d, odi, "%", "%", cat="survey", enc=e)
        c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, p, "{score}", "{score}", cat="survey", enc=e)
        if d == "2026-10-28":
            econs = e
    c.proc(cc((CPT, "62323", "Injection(s), including indwelling catheter placement, ... interlaminar epidural, lumbar or sacral; with imaging guidance"), text="L4-5 interlaminar ESI"), "2026-04-14", reason=st, pr="pm", outcome="~2 weeks partial relief")
    c.proc(cc((CPT, "62323", "Injection(s), interlaminar epidural, lumbar or sacral; with imaging guidance"), text="L4-5 interlaminar ESI (repeat)"), "2026-07-21", reason=st, pr="pm", outcome="No meaningful relief")
    c.note("2026-10-28", "consult", "Spine surgery consultation", """66M, 18 mo neurogenic claudication, walking tolerance ~1 block, relief with sitting/flexion. Failed 12 wk PT, 2 ESIs, NSAIDs/gabapentin. ODI 48.
Exam: bilateral EHL 5-/5, reduced L4 reflexes, no myelopathy. Flex-ex films: 4 mm dynamic translation L4-5.
A: L4-5 degenerative spondylolisthesis with severe stenosis.
Recommendation: L4-5 decompression (laminectomy) with transforaminal lumbar interbody fusion and pedicle screw instrumentation. Risks/benefits/alternatives reviewed; pt wishes to proceed. Surgery scheduled 1/21/2027 at Lakewood Surgical Hospital. Medical clearance and A1c needed pre-op.""", pr="surg", enc=econs)
    c.sr(cc((CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique ... single interspace, lumbar"), (CPT, "63047", "Laminectomy, facetectomy and foraminotomy ... single vertebral segment; lumbar"), text="L4-5 laminectomy + TLIF with pedicle screw instrumentation"),
         "2026-10-28", status="active", intent="plan", occ="2027-01-21", pr="surg", performer=c.pr["surg"], reason=sp, enc=econs)
    c.sr(cc(text="Pre-operative medical clearance (PCP)"), "2026-10-28", status="active", pr="surg", occ="2026-12-29")
    c.lab("a1c", "2026-09-01", 7.1)
    c.med(cc((RX, "861007", "metformin hydrochloride 500 MG Oral Tablet")), "2015-02-01", "1000 mg PO BID", rt="MedicationStatement")
    c.med(cc((RX, "310431", "gabapentin 300 MG Oral Capsule")), "2026-03-10", "300 mg PO TID", pr="pm", reason=st)
    c.vitals("2026-10-28", econs, 138, 80, 72, 94.0)
    return c, "66M with L4-5 degenerative spondylolisthesis and stenosis despite two epidural injections and physio; L4-5 laminectomy with TLIF planned for 2027-01-21 (ServiceRequest, intent plan)."

def mpp_p3(cid):
    c = Case(cid, "beacon")
    c.setup("Patricia Ann", "Szymanski", "female", "1957-02-25", "BWV-210087", payor="Humana Medicare Advantage", plan="Humana Gold Plus HMO", member="H62919033",
            pracs={"md": ("Samuel", "Achterberg", "DO"), "np": ("Holly", "Ferreira", "APRN-CNP")},
            extra_orgs=[("osc", "Riverbend Orthopedic Surgery Center")])
    oa = c.cond(cc((ICD, "M17.11", "Unilateral primary osteoarthritis, right knee"), (SCT, "239873007", "Osteoarthritis of knee")), onset="2019-01-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), onset="2010-01-01")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified"), (SCT, "40930008", "Hypothyroidism")), onset="2008-01-01")
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), onset="2012-01-01")
    c.cond(cc((ICD, "S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture")), onset="2021-01-12", status="resolved", abate="2021-03-30", cat="encounter-diagnosis")
    e1 = c.enc("2026-11-24", cls="VR", typ="Telehealth pre-operative evaluation", reason="Pre-op clearance - R total knee replacement 12/17 (Dr. Haskins, Riverbend Ortho)", pr="md")
    c.proc(cc((CPT, "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)"), (SCT, "609588000", "Total knee replacement"), text="Right total knee arthroplasty"),
           None, status="preparation", reason=oa, body=cc((SCT, "6757004", "Right knee region")),
           note="Scheduled 2026-12-17 at Riverbend Orthopedic Surgery Center, surgeon Dr. M. Haskins. Pre-op clearance requested by surgeon's office.")
    c.note("2026-11-24", "telehealth", "Pre-operative evaluation (video)", """69F for pre-op risk assessment before R TKA scheduled 12/17/2026 (Riverbend Ortho Surgery Center). R knee OA, bone-on-bone medial compartment, failed PT, 3 steroid injections, 1 gel series.
Functional capacity: climbs 1 flight slowly, >4 METs limited by knee not cardiopulmonary. No CP/SOB, no hx CAD/CHF/CVA/DM. RCRI 0.
Outside labs (LabCorp 11/18): CBC, BMP, TSH normal; A1c 5.6. ECG 11/18 (outside): NSR 68, no acute changes.
A/P: low cardiac risk, acceptable candidate. Hold lisinopril AM of surgery. Continue statin/levothyroxine. Stop meloxicam 7 days pre-op. Letter faxed to surgeon.""", pr="md", enc=e1)
    c.obs(cc(text="Outside lab summary (LabCorp 11/18/2026)"), "2026-11-18", vstr="CBC: WBC 6.1, Hgb 13.2, Plt 244. BMP: Na 140, K 4.3, Cr 0.8, glucose 92. TSH 2.4. A1c 5.6%.", interp="N")
    c.obs(cc((LN, "8601-7", "EKG impression")), "2026-11-18", vstr="Outside ECG: normal sinus rhythm 68, normal axis, no ST changes", interp="N", cat="procedure")
    c.vitals("2026-11-24", e1, 132, 78, 70, 79.8)
    c.med(cc((RX, "314076", "lisinopril 10 MG Oral Tablet")), "2015-01-01", "10 mg PO daily", rt="MedicationStatement")
    c.med(cc((RX, "966224", "levothyroxine sodium 0.075 MG Oral Tablet") if False else (RX, "966247", "levothyroxine sodium 0.1 MG Oral Tablet")), "2008-01-01", "100 mcg PO daily", rt="MedicationStatement")
    c.med(cc((RX, "259255", "atorvastatin 40 MG Oral Tablet")), "2012-01-01", "40 mg PO nightly", rt="MedicationStatement")
    c.med(cc((RX, "311486", "meloxicam 15 MG Oral Tablet")), "2024-05-01", "15 mg PO daily - hold 7 days pre-op", rt="MedicationStatement", reason=oa)
    e0 = c.enc("2026-03-15", cls="VR", typ="Telehealth video visit", reason="CC: R knee pain flare, can't sleep", pr="np")
    c.note("2026-03-15", "telehealth", "Video visit", "R knee OA flare. Seen by outside ortho (Dr. Haskins) 2/2026 - discussed TKA. Meloxicam refilled; advised ice, walker for long distances.", pr="np", enc=e0)
    c.raw("Communication", {"status": "completed", "subject": ref(c.pat), "sent": c.ts("2026-11-24", "11:05:00"), "sender": ref(c.pr["md"]),
                            "recipient": [ref(c.orgs["osc"])], "payload": [{"contentString": "Pre-operative clearance letter for R TKA 12/17/2026: low risk, cleared."}],
                            "medium": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "FAXWRIT", "telefax"))]}, "comm")
    return c, "69F on a telehealth pre-op visit before a right total knee arthroplasty set for 2026-12-17 at an outside surgery centre (Procedure, status preparation)."

def mpp_n1(cid):
    c = Case(cid, "cascade")
    c.setup("Heather Joy", "Lindahl", "female", "1987-01-09", "CPS-0610044", payor="Regence BlueShield", plan="Regence Innova", member="RBS55120987",
            pracs={"surg": ("Anton", "Volkov", "MD (Neurosurgery)"), "pa": ("Whitney", "Castellanos", "PA-C"), "pt": ("Noelle", "Barragan", "DPT")})
    c.cond(cc((ICD, "F41.1", "Generalized anxiety disorder")), onset="2016-01-01")
    e1 = c.enc("2026-09-02", typ="Neurosurgery consult", reason="R leg pain, foot numbness x 10 wk", pr="surg")
    hd = c.cond(cc((ICD, "M51.17", "Intervertebral disc disorders with radiculopathy, lumbosacral region"), text="L5-S1 disc extrusion with right S1 radiculopathy"), onset="2026-06-20", status="resolved", abate="2026-10-14", enc=e1, recorded="2026-09-02")
    c.obs(cc(("https://fhir.cascadespine.org/CodeSystem/outcome-measures", "ODI", "Oswestry Disability Index v2.1a"), text="Oswestry Disability Index (%)"), "2026-09-02", 62, "%", "%", cat="survey", enc=e1)
    c.report(cc((CPT, "72148", "MRI lumbar spine without contrast")), "2026-08-25", "Large right paracentral L5-S1 extrusion with caudal migration compressing the right S1 root.")
    c.note("2026-09-02", "consult", "Neurosurgery consult", "39F, 10 wk R S1 radiculopathy, failed PT and TFESI, weak plantarflexion 4/5, absent R ankle jerk. Recommend R L5-S1 microdiscectomy. Pt agrees; booked 10/14.", pr="surg", enc=e1)
    sr = c.sr(cc((CPT, "63030", "Laminotomy (hemilaminectomy), with decompression of nerve root(s), ... excision of herniated intervertebral disc; 1 interspace, lumbar"), text="Right L5-S1 microdiscectomy"),
              "2026-09-02", status="completed", intent="order", occ="2026-10-14", pr="surg", reason=hd)
    e2 = c.enc("2026-10-14", cls="AMB", typ="Outpatient surgery", reason="L5-S1 microdiscectomy", pr="surg", end="2026-10-14")
    c.proc(cc((CPT, "63030", "Laminotomy (hemilaminectomy), with decompression of nerve root(s), ... excision of herniated intervertebral disc; 1 interspace, lumbar"), text="Right L5-S1 microdiscectomy"),
           "2026-10-14", reason=hd, pr="surg", enc=e2, based=sr, outcome="Uncomplicated; free fragment removed")
    c.note("2026-10-14", "op", "Operative note", "Procedure: R L5-S1 microdiscectomy. Findings: large sequestered fragment under S1 root, removed; root decompressed and mobile. EBL 20 mL. No durotomy. Discharged same day.", pr="surg", enc=e2)
    e3 = c.enc("2026-10-28", typ="Post-op visit", reason="2 wk post-op", pr="pa")
    c.obs(cc(("https://fhir.cascadespine.org/CodeSystem/outcome-measures", "ODI", "Oswestry Disability Index v2.1a"), text="Oswestry Disability Index (%)"), "2026-10-28", 30, "%", "%", cat="survey", enc=e3)
    c.note("2026-10-28", "progress", "Post-op visit", "Leg pain resolved, mild incisional soreness, wound healed, plantarflexion 5-/5. Start PT at 4 wk. No lifting >10 lb x6 wk.", pr="pa", enc=e3)
    e4 = c.enc("2026-11-23", typ="Physical therapy evaluation", reason="Post-microdiscectomy rehab", pr="pt")
    c.proc(cc((CPT, "97161", "Physical therapy evaluation: low complexity")), "2026-11-23", enc=e4, pr="pt")
    c.obs(cc(("https://fhir.cascadespine.org/CodeSystem/outcome-measures", "ODI", "Oswestry Disability Index v2.1a"), text="Oswestry Disability Index (%)"), "2026-11-23", 18, "%", "%", cat="survey", enc=e4)
    c.med(cc((RX, "312940", "sertraline 50 MG Oral Tablet")), "2016-03-01", "50 mg PO daily", rt="MedicationStatement")
    c.med(cc((RX, "1049621", "oxycodone hydrochloride 5 MG Oral Tablet")), "2026-10-14", "5 mg PO q6h PRN x5 days (#15)", status="completed", pr="surg")
    return c, "39F whose right L5-S1 microdiscectomy was done on 2026-10-14 (Procedure completed, order completed); recovering well, ODI 62 to 18."

def mpp_n2(cid):
    c = Case(cid, "swift")
    c.setup("Nathaniel James", "Pruitt", "male", "1981-09-13", "SWC-3309915", payor="Aetna", plan="Aetna Choice POS II", member="W287715530",
            pracs={"pa": ("Jorge", "Benavides", "PA-C"), "md": ("Kevin", "Osei", "MD"), "derm": ("Elaine", "Marchetti", "MD (Dermatology)")},
            extra_orgs=[("derm", "North Texas Dermatology Associates")])
    c.cond(cc((ICD, "E66.9", "Obesity, unspecified")), onset="2018-01-01")
    c.cond(cc((ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), onset="2022-01-01")
    e1 = c.enc("2026-09-05", typ="Urgent care walk-in", reason="CC: painful lump upper back, red and swollen x3 days", pr="pa")
    cy = c.cond(cc((ICD, "L72.0", "Epidermal cyst"), (SCT, "419893006", "Epidermoid cyst") if False else (SCT, "399895001", "Epidermoid cyst of skin") if False else None, text="Inflamed epidermoid cyst, upper back"), onset="2024-01-01", enc=e1, recorded="2026-09-05",
                body=cc(text="Upper back, interscapular"))
    c.vitals("2026-09-05", e1, 134, 84, 88, 118.0, 37.1)
    c.proc(cc((CPT, "10060", "Incision and drainage of abscess; simple or single")), "2026-09-05", reason=cy, pr="pa", enc=e1, outcome="Moderate purulent/keratinous material expressed; packed")
    c.note("2026-09-05", "progress", "Urgent care note", "45M, recurrent cyst interscapular back ~2 yrs, now inflamed 3 cm fluctuant. I&D done, packed. Doxycycline x7d. Refer derm for elective excision once quiet.", pr="pa", enc=e1)
    c.med(cc((RX, "1649988", "doxycycline hyclate 100 MG Oral Capsule") if False else (RX, "1649401", "doxycycline hyclate 100 MG Oral Capsule")), "2026-09-05", "100 mg PO BID x7 days", status="completed", pr="pa")
    e2 = c.enc("2026-09-07", typ="Urgent care visit - wound check", reason="Planned packing removal", pr="md", priority=("R", "routine"))
    c.note("2026-09-07", "progress", "Wound check", "Packing removed, minimal erythema, draining small amount. Warm compresses.", pr="md", enc=e2)
    c.sr(cc((SCT, "306186000", "Referral to dermatology service") if False else (SCT, "183553006", "Referral to dermatologist") ), "2026-09-05", status="completed", pr="pa", performer=c.orgs["derm"], reason=cy)
    c.obs(cc(text="Outside consult summary - dermatology"), "2026-11-04", vstr="Seen Dr. Marchetti 11/4: quiescent 2.5 cm epidermoid cyst; plan elective excision under local anesthesia in office 12/18/2026.", cat="exam")
    c.sr(cc((CPT, "11403", "Excision, benign lesion including margins, ... trunk, arms or legs; excised diameter 2.1 to 3.0 cm"), (CPT, "12032", "Repair, intermediate, wounds of scalp, axillae, trunk and/or extremities; 2.6 cm to 7.5 cm"), text="Excision of epidermoid cyst, upper back, under local anesthetic (office)"),
         "2026-11-04", status="active", intent="order", occ="2026-12-18", performer=c.orgs["derm"], reason=cy, note="Office procedure, lidocaine with epinephrine; no sedation.")
    e3 = c.enc("2026-11-21", cls="VR", typ="Telehealth video visit", reason="CC: sinus congestion, facial pressure x10 days", pr="md")
    c.cond(cc((ICD, "J01.90", "Acute sinusitis, unspecified")), onset="2026-11-11", status="resolved", abate="2026-11-30", cat="encounter-diagnosis", enc=e3)
    c.med(cc((RX, "308191", "amoxicillin 875 MG / clavulanate 125 MG Oral Tablet") if False else (RX, "562508", "amoxicillin 875 MG / clavulanate potassium 125 MG Oral Tablet")), "2026-11-21", "1 tab PO BID x7 days", status="completed", pr="md")
    c.note("2026-11-21", "telehealth", "Video visit", "Sinus sx 10 d with double worsening. Augmentin x7d. Note upcoming cyst excision at derm 12/18 - no issues.", pr="md", enc=e3)
    return c, "45M with a recurrent epidermoid cyst, drained at urgent care; dermatology booked an office excision under local anaesthetic for 2026-12-18 (minor procedure)."

# ---------------- UNTREATABLE_PROGNOSIS ----------------
def up_p1(cid):
    c = Case(cid, "nsrhc")
    c.setup("Evelyn Margaret", "Haapala", "female", "1948-06-14", "NS0120447", hcn="2290338871PX",
            pracs={"fp": ("Meredith", "Okafor", "MD, CCFP"), "hf": ("Raymond", "Szeto", "MD, FRCPC (Cardiology - Heart Function)"), "hosp": ("Priya", "Venkataraman", "MD, FRCPC (Internal Medicine)")})
    hf = c.cond(cc((SCT, "703272007", "Heart failure with reduced ejection fraction"), ca_icd(c, "I50.0", "Congestive heart failure"), text="HFrEF - ischaemic cardiomyopathy, LVEF 15%, NYHA IV"), onset="2019-09-01", severity=("24484000", "Severe"))
    c.cond(cc((SCT, "49436004", "Atrial fibrillation"), ca_icd(c, "I48.2", "Chronic atrial fibrillation")), onset="2021-01-01")
    c.cond(cc((SCT, "700379002", "Chronic kidney disease stage 3B"), ca_icd(c, "N18.3", "Chronic kidney disease, stage 3")), onset="2022-01-01")
    c.cond(cc((SCT, "22298006", "Myocardial infarction"), ca_icd(c, "I21.4", "Acute subendocardial myocardial infarction")), onset="2019-08-20", status="resolved", abate="2019-10-01")
    e1 = c.enc("2026-09-14", cls="IMP", typ="Inpatient admission - medicine", reason="Acute decompensated heart failure", end="2026-09-22", pr="hosp", priority=("EM", "emergency"))
    e2 = c.enc("2026-11-02", cls="IMP", typ="Inpatient admission - medicine", reason="Acute decompensated heart failure, hypotension", end="2026-11-09", pr="hosp", priority=("EM", "emergency"))
    c.report(cc((LN, "34552-0", "Cardiac 2D echo panel")), "2026-11-04", "Severely dilated LV, LVEF 15% (biplane). Moderate-severe functional MR, RVSP 58 mmHg, RV moderately reduced.", cat=("CUS", "Cardiac Ultrasound"), enc=e2)
    c.lab("ntbnp", "2026-11-03", 9840, enc=e2); c.lab("cr", "2026-11-03", 164, enc=e2); c.obs(cc((LN, "2951-2", "Sodium [Moles/volume] in Serum or Plasma")), "2026-11-03", 129, "mmol/L", "mmol/L", 135, 145, "L", enc=e2)
    c.vitals("2026-11-08", e2, 86, 54, 92, 58.4, None, 93)
    c.note("2026-11-08", "letter", "Heart Function Clinic consultation letter", """Dear Dr Okafor,
Mrs Haapala, 78, has stage D ischaemic cardiomyopathy (LVEF 15%) with two admissions in 8 weeks, symptomatic hypotension limiting GDMT (sacubitril/valsartan and spironolactone stopped), cardiorenal physiology and frailty (CFS 6).
We reviewed advanced therapies: she is not a candidate for transplant or LVAD given age, frailty and RV dysfunction, and not a candidate for transcatheter mitral repair given her overall status. There are no further disease-modifying treatment options available to her.
We discussed prognosis openly with her and her daughter. Goals are comfort and time at home. Referral made to the Palliative Care Outreach Team; home inotropes declined. ICD not present.
R. Szeto MD FRCPC""", pr="hf", enc=e2)
    c.note("2026-11-09", "discharge", "Discharge summary", "Dx: ADHF, stage D HFrEF. Diuresed 4 kg. GDMT limited by hypotension. Not an advanced-therapy candidate. Palliative care referral sent. Code status: DNR. Furosemide 80 mg BID.", pr="hosp", enc=e2)
    c.sr(cc((SCT, "306237005", "Referral to palliative care service")), "2026-11-09", status="active", intent="order", pr="hf", reason=hf, performer="Palliative Care Outreach Team - Northshore",
         note="Wait-list date 2026-11-09; first home visit expected within 2 wk.", enc=e2)
    c.raw("CarePlan", {"status": "active", "intent": "plan", "title": "Heart failure - goals of care", "category": [cc((SCT, "734163000", "Care plan"))],
                       "subject": ref(c.pat), "period": {"start": "2026-11-09"}, "addresses": [ref(hf)], "author": ref(c.pr["hf"]),
                       "description": "Comfort-focused care, symptom management at home, no re-hospitalisation unless symptoms uncontrolled. DNR.",
                       "activity": [{"detail": {"status": "scheduled", "code": cc((SCT, "103735009", "Palliative care")), "description": "Palliative Care Outreach home visits"}}]}, "cp")
    c.med(cc((DIN, "02257688", "BISOPROLOL 2.5MG") if False else (DIN, "02302624", "BISOPROLOL 2.5MG"), text="bisoprolol 1.25 mg"), "2019-10-01", "1.25 mg PO daily", pr="hf", reason=hf)
    c.med(cc((DIN, "02224135", "LASIX 40MG") if False else (DIN, "02247493", "FUROSEMIDE 40MG"), text="furosemide 80 mg"), "2026-11-09", "80 mg PO BID", pr="hosp", reason=hf)
    c.med(cc((DIN, "02377233", "ELIQUIS 2.5MG"), text="apixaban 2.5 mg"), "2021-01-15", "2.5 mg PO BID", pr="hf")
    c.med(cc((DIN, "02446928", "ENTRESTO 24/26MG"), text="sacubitril/valsartan 24/26 mg"), "2024-02-01", "1 tab BID", status="stopped", pr="hf", reason=hf, note="Stopped 2026-09-20 for symptomatic hypotension")
    e3 = c.enc("2026-08-10", typ="Family health team visit", reason="HF follow-up", pr="fp", org=c.orgs["fht"])
    c.note("2026-08-10", "progress", "FHT visit", "Stable NYHA III, wt 61 kg. Continue meds. Flu shot in Oct.", pr="fp", enc=e3)
    c.raw("Flag", {"status": "active", "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical"))],
                   "code": cc(text="DNR - Do not resuscitate (goals of care documented 2026-11-08)"), "subject": ref(c.pat), "period": {"start": "2026-11-08"}, "author": ref(c.pr["hosp"])}, "flag")
    return c, "78F with stage D ischaemic cardiomyopathy (LVEF 15%); heart function clinic letter says no further disease-modifying options, not an LVAD or transplant candidate; palliative care referral and comfort care plan; no second opinion."

def up_p2(cid):
    c = Case(cid, "swift")
    c.setup("Raymond Earl", "Tolliver", "male", "1965-03-08", "SWC-0977234", payor="Texas Medicaid (Superior HealthPlan)", plan="STAR+PLUS", member="SHP7722019",
            pracs={"md": ("Kevin", "Osei", "MD"), "np": ("Tara", "Lindqvist", "FNP-C")})
    cir = c.cond(cc((ICD, "K70.31", "Alcoholic cirrhosis of liver with ascites"), (SCT, "420054005", "Alcoholic cirrhosis")), onset="2024-04-01", severity=("24484000", "Severe"))
    c.cond(cc((ICD, "F10.20", "Alcohol dependence, uncomplicated")), onset="2010-01-01")
    c.cond(cc((ICD, "K76.82", "Hepatic encephalopathy")), onset="2026-08-20")
    c.cond(cc((ICD, "I85.10", "Secondary esophageal varices without bleeding")), onset="2024-05-01")
    e0 = c.enc("2026-08-20", cls="IMP", typ="Outside hospital admission (reported)", reason="Hepatic encephalopathy, ascites", end="2026-08-27")
    e1 = c.enc("2026-09-10", cls="VR", typ="Telehealth video visit - post-discharge", reason="CC: hospital follow-up, belly swelling", pr="md")
    c.note("2026-09-10", "telehealth", "Video visit", """61M, discharged 8/27 from Baylor Scott & White after HE + tense ascites (paracentesis 7 L). Sister present. Confused at times, on lactulose/rifaximin. Still drinking ~3 beers/day per sister.
Outside labs (8/26): bili 5.8, INR 2.1, Cr 1.6, Na 128, alb 2.4. MELD-Na ~29.
P: refill lactulose, rifaximin, spironolactone/furosemide. Hepatology f/u Baylor transplant clinic 10/2026.""", pr="md", enc=e1)
    c.obs(cc(text="Outside labs (Baylor Scott & White, 8/26/2026)"), "2026-08-26", vstr="T bili 5.8 mg/dL (H), INR 2.1 (H), creatinine 1.6 mg/dL (H), Na 128 (L), albumin 2.4 g/dL (L). MELD-Na 29.", interp="A")
    e2 = c.enc("2026-10-22", cls="VR", typ="Telehealth video visit", reason="CC: f/u liver, sister asking what transplant clinic said", pr="md")
    c.note("2026-10-22", "telehealth", "Video visit", """Reviewed outside hepatology note (Baylor Liver Transplant Clinic, 10/15/2026), uploaded by sister:
"Not eligible for transplant listing at this time: ongoing alcohol use, declined residential treatment. Decompensated cirrhosis Child-Pugh C (12), MELD-Na 30. No further disease-directed treatment options can be offered. Recommend hospice evaluation; continue palliative paracentesis as needed."
Pt and sister upset - 'they said there's nothing more they can do'. Discussed goals of care. Pt wants to be home.""", pr="md", enc=e2)
    c.obs(cc(text="Outside hepatology assessment - MELD-Na"), "2026-10-15", 30, "{score}", "{score}", cat="exam", note="Child-Pugh C (12)")
    e3 = c.enc("2026-11-19", cls="VR", typ="Telehealth video visit", reason="CC: hospice paperwork", pr="np")
    c.sr(cc((SCT, "305336008", "Admission to hospice") if False else (SCT, "385763009", "Hospice care"), text="Referral for hospice evaluation (home hospice)"), "2026-11-19", status="active", intent="order", pr="np", reason=cir,
         performer="Heartland Home Hospice - Plano", note="Face-to-face certification by hospice MD pending.", enc=e3)
    c.note("2026-11-19", "telehealth", "Video visit", "Sister requests hospice. Referral faxed to Heartland Home Hospice. Continue lactulose titrated to 2-3 BM/day. Goals: comfort, stay home.", pr="np", enc=e3)
    c.med(cc((RX, "197786", "lactulose 10 GM per 15 ML Oral Solution") if False else (RX, "311873", "lactulose 10 GM in 15 ML Oral Solution")), "2026-08-27", "30 mL PO TID, titrate to 2-3 soft BM/day", pr="md", reason=cir)
    c.med(cc((RX, "1297284", "rifaximin 550 MG Oral Tablet") if False else (RX, "762520", "rifaximin 550 MG Oral Tablet")), "2026-08-27", "550 mg PO BID", pr="md", reason=cir)
    c.med(cc((RX, "313096", "spironolactone 100 MG Oral Tablet")), "2026-08-27", "100 mg PO daily", pr="md", reason=cir)
    c.med(cc((RX, "310429", "furosemide 40 MG Oral Tablet")), "2026-08-27", "40 mg PO daily", pr="md", reason=cir)
    c.vitals("2026-09-10", e1, 104, 62, 90, 84.0)
    c.raw("RelatedPerson", {"patient": ref(c.pat), "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "SIS", "sister"))], "name": [{"family": "Tolliver-Grant", "given": ["Denise"]}]}, "rp")
    return c, "61M with decompensated alcohol-related cirrhosis (Child-Pugh C); outside hepatology note, kept in a telehealth note, says no transplant listing and no further disease-directed options; hospice referral."

def up_p3(cid):
    c = Case(cid, "cascade")
    c.setup("Gregory Allen", "Marchbanks", "male", "1963-10-27", "CPS-0301178", payor="Labor & Industries (WA) / Medicare", plan="Medicare Part B", member="7FA2MK1QX44",
            pracs={"pm": ("Omar", "Haddad", "MD (Interventional Pain)"), "surg": ("Anton", "Volkov", "MD (Neurosurgery)"), "psy": ("Leah", "Brandvold", "PhD (Pain Psychology)")})
    pls = c.cond(cc((ICD, "M96.1", "Postlaminectomy syndrome, not elsewhere classified"), (SCT, "203095000", "Failed back surgery syndrome") if False else (SCT, "20021007", "Postlaminectomy syndrome") if False else None, text="Failed back surgery syndrome after L4-S1 fusion (2021) and revision (2023)"), onset="2021-09-01")
    cps = c.cond(cc((ICD, "G89.4", "Chronic pain syndrome")), onset="2022-01-01")
    c.cond(cc((ICD, "F32.1", "Major depressive disorder, single episode, moderate")), onset="2023-06-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), onset="2015-01-01")
    c.proc(cc((CPT, "22633", "Arthrodesis, posterior interbody, lumbar"), text="L4-S1 posterior instrumented fusion"), "2021-03-15", status="completed")
    c.proc(cc(text="Revision L3-S1 fusion with extension to L3"), "2023-05-09", status="completed")
    c.proc(cc((CPT, "63650", "Percutaneous implantation of neurostimulator electrode array, epidural"), text="Spinal cord stimulator trial (7 days)"), "2024-08-12", status="completed", outcome="<30% relief - trial failed, not implanted")
    for d, p in (("2026-04-21", 7), ("2026-07-21", 7), ("2026-10-20", 7)):
        e = c.enc(d, typ="Pain management follow-up", reason="Chronic low back and bilateral leg pain", pr="pm")
        c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, p, "{score}", "{score}", cat="survey", enc=e)
        last = e
    c.obs(cc(("https://fhir.cascadespine.org/CodeSystem/outcome-measures", "ODI", "Oswestry Disability Index v2.1a"), text="Oswestry Disability Index (%)"), "2026-10-20", 58, "%", "%", cat="survey", enc=last)
    e5 = c.enc("2026-09-29", typ="Neurosurgery consultation", reason="Re-evaluation for further surgery", pr="surg")
    c.report(cc((CPT, "72131", "Computed tomography, lumbar spine; without contrast material")), "2026-09-22", "Solid fusion L3-S1, hardware intact, no adjacent segment stenosis or instability.")
    c.note("2026-09-29", "consult", "Neurosurgery consultation", """62M with failed back surgery syndrome after 2 fusions. CT: solid fusion L3-S1, no adjacent segment disease, no compressive lesion. SCS trial failed 2024. Intrathecal pump not advised given psychosocial risk and depression.
Assessment: there is no surgical target and I have nothing further to offer surgically. I would not recommend further surgery. No further interventional treatment options.
Recommend continuing palliative pain management with Dr. Haddad.""", pr="surg", enc=e5)
    c.note("2026-10-20", "progress", "Pain management follow-up", """Pain 7/10, stable. Neurosurgery opinion reviewed: no further surgical or interventional options. Discussed with pt that treatment goals are now palliative - comfort, function, mood. He states he was 'told there is nothing left to try'.
Continue buprenorphine patch, duloxetine, pain psychology. Opioid agreement renewed. UDS consistent.""", pr="pm", enc=last)
    c.raw("CarePlan", {"status": "active", "intent": "plan", "title": "Chronic pain - palliative management plan", "subject": ref(c.pat), "period": {"start": "2026-10-20"},
                       "addresses": [ref(pls)], "author": ref(c.pr["pm"]), "description": "No further surgical or interventional options per neurosurgery 9/29/2026. Focus on comfort, function and mood; pain psychology; stable opioid regimen under agreement.",
                       "activity": [{"detail": {"status": "in-progress", "code": cc(text="Palliative pain management"), "description": "Monthly visits, buprenorphine transdermal"}}]}, "cp")
    c.med(cc((RX, "904870", "buprenorphine 0.01 MG/HR Transdermal System") if False else (RX, "904876", "buprenorphine 0.02 MG/HR 7 DAY Transdermal System"), text="buprenorphine 20 mcg/h patch"), "2025-01-10", "1 patch weekly", pr="pm", reason=pls)
    c.med(cc((RX, "596930", "duloxetine 60 MG Delayed Release Oral Capsule")), "2023-07-01", "60 mg PO daily", pr="pm", reason=cps)
    c.med(cc((RX, "314076", "lisinopril 10 MG Oral Tablet")), "2015-01-01", "10 mg daily", rt="MedicationStatement")
    c.raw("Consent", {"status": "active", "scope": cc(("http://terminology.hl7.org/CodeSystem/consentscope", "treatment", "Treatment")),
                      "category": [cc((LN, "59284-0", "Patient Consent"))], "patient": ref(c.pat), "dateTime": "2026-10-20",
                      "policyRule": {"text": "Controlled substance (opioid) treatment agreement - annual renewal"}}, "consent")
    c.obs(cc((LN, "44261-6", "Patient Health Questionnaire-9: Modified for Teens total score [Reported.PHQ.Teen]") if False else (LN, "44261-6", "Patient health questionnaire 9 item total score")), "2026-10-20", 12, "{score}", "{score}", cat="survey", enc=last)
    c.obs(cc((LN, "44261-6", "Patient health questionnaire 9 item total score")), "2026-07-21", 11, "{score}", "{score}", cat="survey")
    return c, "62M with failed back surgery syndrome after two fusions and a failed stimulator trial; neurosurgery says there are no further surgical or interventional options and the pain clinic has moved to a palliative pain plan."

def up_n1(cid):
    c = Case(cid, "frch")
    c.setup("Walter Henry", "Dubchak", "male", "1952-04-02", "FR-1190235", hcn="9012345673",
            pracs={"fp": ("Caroline", "Tremblay", "MD, CCFP"), "resp": ("Nadia", "Ferreira-Wong", "MD, FRCPC (Respirology)"), "vgh": ("Julian", "Ashworth", "MD, FRCPC (Respirology, Lung Transplant)"), "pal": ("Ingrid", "Solberg", "MD, CCFP(PC)")},
            extra_orgs=[("vgh", "Vancouver General Hospital - Lung Transplant and Advanced Lung Disease Program")])
    copd = c.cond(cc((SCT, "313299006", "Severe chronic obstructive pulmonary disease"), ca_icd(c, "J44.9", "Chronic obstructive pulmonary disease, unspecified"), text="COPD GOLD 4 (FEV1 22%), on home O2"), onset="2012-01-01", severity=("24484000", "Severe"))
    c.cond(cc((SCT, "64859006", "Osteoporosis"), ca_icd(c, "M81.0", "Postmenopausal osteoporosis") if False else ca_icd(c, "M81.9", "Osteoporosis, unspecified")), onset="2020-01-01")
    c.cond(cc((SCT, "59621000", "Essential hypertension")), onset="2011-01-01")
    c.obs(cc((LN, "20150-9", "FEV1")), "2026-04-07", 0.62, "L", "L", note="22% predicted; FEV1/FVC 0.34")
    e1 = c.enc("2026-06-17", typ="Second opinion consultation - Advanced Lung Disease Program", reason="Second opinion: candidacy for lung volume reduction / transplant", pr="vgh", org=c.orgs["vgh"])
    c.note("2026-06-17", "letter", "Second opinion consultation - VGH Advanced Lung Disease", """Dear Dr Ferreira-Wong,
Thank you for asking us to see Mr Dubchak, 74, for a second opinion regarding advanced therapy options for his COPD.
FEV1 0.62 L (22%), DLCO 24%, homogeneous emphysema on CT, PaCO2 58. 6MWD 140 m on 4 L.
Opinion: he is not a candidate for endobronchial valves (homogeneous disease, collateral ventilation) or surgical LVRS, and at 74 with hypercapnia and frailty he is outside lung transplant criteria. I agree with your assessment that no further disease-modifying options exist and that early palliative care involvement is appropriate.
J. Ashworth MD FRCPC""", pr="vgh", enc=e1, org=c.orgs["vgh"])
    e2 = c.enc("2026-07-08", typ="Respirology clinic", reason="Review of second opinion", pr="resp")
    c.note("2026-07-08", "letter", "Respirology follow-up letter", "Reviewed VGH second opinion with Mr Dubchak and his wife; it confirms no LVR/transplant options. He accepts referral to palliative care. Continue triple inhaler, home O2 2-3 L, pulmonary rehab maintenance.", pr="resp", enc=e2)
    c.sr(cc((SCT, "306237005", "Referral to palliative care service")), "2026-07-08", status="active", intent="order", pr="resp", reason=copd, performer="Fraser Ridge Palliative Care Program")
    c.raw("CarePlan", {"status": "active", "intent": "plan", "title": "Advanced COPD - palliative approach", "subject": ref(c.pat), "period": {"start": "2026-08-05"},
                       "addresses": [ref(copd)], "author": ref(c.pr["pal"]), "category": [cc((SCT, "734163000", "Care plan"))],
                       "activity": [{"detail": {"status": "in-progress", "code": cc((SCT, "103735009", "Palliative care")), "description": "Breathlessness plan, low-dose hydromorphone, home visits"}}]}, "cp")
    e3 = c.enc("2026-08-05", typ="Palliative care home visit", reason="Breathlessness", pr="pal")
    c.note("2026-08-05", "consult", "Palliative care consultation", "Breathlessness 7/10 on exertion. Start hydromorphone 0.5 mg PO q4h prn dyspnoea, fan therapy, energy conservation. Goals: home, avoid ICU. Goals of care: no intubation.", pr="pal", enc=e3)
    c.med(cc((DIN, "02474522", "TRELEGY ELLIPTA 100/62.5/25MCG"), text="fluticasone furoate/umeclidinium/vilanterol"), "2022-03-01", "1 inhalation daily", pr="resp", reason=copd)
    c.med(cc(text="hydromorphone 1 mg tablet"), "2026-08-05", "0.5 mg PO q4h PRN breathlessness", pr="pal", reason=copd)
    c.med(cc(text="Home oxygen 2-3 L/min via nasal cannula"), "2024-02-01", "continuous incl. sleep", pr="resp", reason=copd)
    c.vitals("2026-08-05", e3, 128, 74, 98, 61.0, None, 89, 24)
    e4 = c.enc("2026-11-04", typ="Palliative care home visit", reason="Follow-up", pr="pal")
    c.note("2026-11-04", "progress", "Palliative home visit", "Stable. Dyspnoea better controlled. Remains at home with wife. Continue plan.", pr="pal", enc=e4)
    return c, "74M with GOLD 4 COPD under a palliative plan after a tertiary second opinion (2026-06-17, within 12 months) confirmed no lung-volume-reduction or transplant options; the flag is suppressed."

def up_n2(cid):
    c = Case(cid, "beacon")
    c.setup("Harold Eugene", "Vanscoy", "male", "1939-01-22", "BWV-102290", payor="Medicare Part B", plan="Original Medicare", member="3TY8QJ2WE61",
            pracs={"md": ("Samuel", "Achterberg", "DO"), "sw": ("Renee", "Castillo", "LISW-S")})
    htn = c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), onset="1995-01-01")
    c.cond(cc((ICD, "M17.0", "Bilateral primary osteoarthritis of knee")), onset="2010-01-01")
    c.cond(cc((ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), onset="2012-01-01")
    c.cond(cc((ICD, "J18.9", "Pneumonia, unspecified organism")), onset="2025-01-14", status="resolved", abate="2025-02-10", cat="encounter-diagnosis")
    e1 = c.enc("2026-10-29", cls="VR", typ="Telehealth annual wellness visit", reason="Medicare AWV + advance care planning", pr="md")
    c.proc(cc((CPT, "99497", "Advance care planning including the explanation and discussion of advance directives ...; first 30 minutes"), text="Advance care planning discussion"), "2026-10-29", pr="md", enc=e1)
    c.proc(cc((HCPCS, "G0439", "Annual wellness visit, includes a personalized prevention plan of service (PPS), subsequent visit")), "2026-10-29", pr="md", enc=e1)
    c.note("2026-10-29", "telehealth", "Annual wellness visit + ACP", """87M, lives with wife, independent ADLs, uses cane. BP well controlled at home 128-134/70s. Knees OA stable. BPH on tamsulosin, nocturia x1.
ACP: pt wishes to complete Ohio DNR Comfort Care-Arrest order and health care power of attorney (daughter). Wants full treatment for reversible illness (antibiotics, hospitalization) but no CPR/intubation if his heart stops.
No serious illness; prognosis per age. Documents mailed; SW to assist.""", pr="md", enc=e1)
    c.raw("CarePlan", {"status": "active", "intent": "plan", "title": "Advance care planning", "subject": ref(c.pat), "period": {"start": "2026-10-29"},
                       "category": [cc((SCT, "734163000", "Care plan"))], "author": ref(c.pr["md"]),
                       "description": "DNR Comfort Care-Arrest; otherwise full medical treatment including hospitalization. HCPOA: daughter.",
                       "activity": [{"detail": {"status": "completed", "code": cc(text="Advance directive completion"), "description": "DNR-CC Arrest form and HCPOA signed 11/12/2026"}}]}, "cp")
    c.raw("Consent", {"status": "active", "scope": cc(("http://terminology.hl7.org/CodeSystem/consentscope", "adr", "Advanced Care Directive")),
                      "category": [cc((LN, "59284-0", "Patient Consent"))], "patient": ref(c.pat), "dateTime": "2026-11-12",
                      "provision": {"type": "deny", "code": [cc(text="Cardiopulmonary resuscitation")]}}, "consent")
    c.vitals("2026-10-29", e1, 132, 72, 66, 76.5)
    c.obs(cc(text="Outside labs (Quest, 10/20/2026)"), "2026-10-20", vstr="CMP normal (Cr 1.0, eGFR 71). CBC normal. PSA not indicated (age).", interp="N")
    c.med(cc((RX, "197361", "amlodipine 5 MG Oral Tablet")), "2014-01-01", "5 mg PO daily", rt="MedicationStatement", reason=htn)
    c.med(cc((RX, "863669", "tamsulosin hydrochloride 0.4 MG Oral Capsule")), "2012-01-01", "0.4 mg PO nightly", rt="MedicationStatement")
    c.med(cc((RX, "313782", "acetaminophen 325 MG Oral Tablet") if False else (RX, "198440", "acetaminophen 500 MG Oral Tablet")), "2010-01-01", "1000 mg PO BID PRN", rt="MedicationStatement")
    e2 = c.enc("2026-11-12", cls="VR", typ="Telehealth social work visit", reason="Advance directive paperwork", pr="sw")
    c.note("2026-11-12", "telehealth", "SW visit", "Reviewed and witnessed HCPOA; DNR-CC Arrest signed by pt and physician. Copies to pt, daughter, chart.", pr="sw", enc=e2)
    c.imm("197", "Influenza, high-dose, quadrivalent", "2026-10-05")
    c.imm("216", "Pneumococcal conjugate PCV 20, polysaccharide CRM197, preservative free", "2024-11-01")
    return c, "87M on a telehealth wellness visit completing an advance directive (DNR Comfort Care-Arrest) while wanting full treatment otherwise; no serious or untreatable illness and no palliative referral."
