from fhirlib import *

EST = lambda lvl="99213": cc((CPT, lvl, "Office/outpatient visit, established patient"), text="Office visit")
NEW = lambda lvl="99204": cc((CPT, lvl, "Office/outpatient visit, new patient"), text="New patient visit")


# ---------------------------------------------------------------- MAJOR PROCEDURE positives
def mp_lumbar_decompression(cid):
    """68M lumbar stenosis w/ neurogenic claudication, failed conservative care; L3-L5 laminectomy + L4-5 fusion ordered for Jan."""
    c = Case(cid, "https://fhir.highdesertspine.com/R4")
    org = c.org("High Desert Spine & Neurosurgery", npi="1538204417", city="Bend", state="OR", phone="(541) 555-0180")
    pcporg = c.org("Deschutes Family Physicians", npi="1790026633", city="Redmond", state="OR")
    payer = c.org("Medicare / AARP Medicare Supplement Plan G", kind="pay")
    ns = c.prac("Victor", "Ambrose", "MD", "1649920037")
    pcp = c.prac("Heather", "Lindgren", "MD", "1366014459")
    c.patient("Dale Everett", "Runyon", "male", "1958-05-17", "HDS-019932", "urn:oid:2.16.840.1.113883.3.8120.4",
              "Redmond", "OR", "97756", "6620 SW Quarry Ave", "(541) 555-2019", org, pcp, marital="M")
    c.coverage(payer, "Medicare Part B + Supplement G", "3TR9WN4KD61", cov_type=("SUBSIDIZ", "subsidized health program"), start="2023-05-01")
    sten = c.cond(icd("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), onset="2024-06", recorded="2025-02-04", recorder=ns)
    c.cond(icd("M43.16", "Spondylolisthesis, lumbar region", text="Degenerative spondylolisthesis L4-5, grade 1"), onset="2025-02", recorded="2025-02-04", recorder=ns)
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2010", recorded="2015-03-02")
    c.cond(icd("E11.9", "Type 2 diabetes mellitus without complications"), onset="2018", recorded="2018-09-11")
    c.medstmt(cc((RX, "861007", "metformin hydrochloride 500 MG Oral Tablet")), "active", "2026-10-28", start="2018-09-11", dosage="1000 mg BID")
    c.medstmt(cc((RX, "314076", "lisinopril 10 MG Oral Tablet")), "active", "2026-10-28", start="2015-03-02", dosage="10 mg daily")
    c.medstmt(cc((RX, "25480", "gabapentin"), text="gabapentin 300 mg capsule"), "active", "2026-10-28", start="2025-02-04", dosage="300 mg TID", reason=sten)
    c.proc(cc((CPT, "62323", "Injection(s), interlaminar epidural, lumbar or sacral, with imaging guidance"), text="L4-5 interlaminar epidural steroid injection"),
           "completed", "2025-05-13", reason_ref=sten, note="Relief ~6 weeks.")
    c.proc(cc((CPT, "62323", "Injection(s), interlaminar epidural, lumbar or sacral, with imaging guidance"), text="L4-5 interlaminar epidural steroid injection"),
           "completed", "2026-03-24", reason_ref=sten, note="Minimal relief.")
    c.dr(cc((CPT, "72148", "Magnetic resonance imaging, spinal canal and contents, lumbar; without contrast material"), text="MRI lumbar spine w/o contrast"),
         "2026-07-30", "Severe central canal stenosis L3-4 and L4-5 (AP canal 6 mm at L4-5) with bilateral lateral recess narrowing; grade 1 anterolisthesis L4 on L5 (5 mm), dynamic on flexion/extension films.")
    e1 = c.enc("2026-09-02T10:00:00-07:00", EST("99214"), prac=pcp, org=pcporg, reason="Back and leg pain follow-up")
    c.vitals("2026-09-02", e1, bp=(134, 80), hr=72, wt=88.0)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-09-02", 6.9, "%", "%", None, 5.7, interp="H", enc=e1)
    c.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-09-02", 7, enc=e1)
    c.note("2026-09-02", "PCP follow-up", "Walking tolerance ~1 block before legs give out; must sit. PT x 12 weeks 2025, ESI x2. Re-referred to neurosurgery.", pcp, e1)
    e2 = c.enc("2026-10-28T13:30:00-07:00", EST("99215"), prac=ns, org=org, reason="Lumbar stenosis - surgical discussion")
    c.vitals("2026-10-28", e2, bp=(138, 82), hr=70, wt=87.6)
    c.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-28", 7, enc=e2)
    c.score(txt("Oswestry Disability Index (%)"), "2026-10-28", 52, enc=e2)
    c.note("2026-10-28", "Neurosurgery clinic note", """
Neurogenic claudication, standing/walking tolerance 5 min. Failed 2 yrs of PT, gabapentin, 2 ESIs.
MRI: severe stenosis L3-4, L4-5 with dynamic grade 1 spondylolisthesis L4-5.
Recommend L3-L5 decompressive laminectomy with L4-5 instrumented posterolateral fusion. Risks (dural tear,
infection, adjacent segment disease, nonunion, DVT) reviewed; patient wishes to proceed. Surgery booked 1/12/2027
at St. Charles Bend. Pre-op clearance with PCP; hold metformin day of surgery.
""", ns, e2)
    c.sr(cc((CPT, "63047", "Laminectomy, facetectomy and foraminotomy, single vertebral segment; lumbar"),
            (CPT, "63048", "Laminectomy, facetectomy and foraminotomy; each additional segment"),
            (CPT, "22612", "Arthrodesis, posterior or posterolateral technique, single interspace; lumbar"),
            text="L3-L5 decompressive laminectomy with L4-5 instrumented posterolateral fusion"),
         "2026-10-28", status="active", intent="order", requester=ns, performer=ns, occurrence="2027-01-12T07:30:00-08:00",
         reason_ref=sten, enc=e2, category=sct("387713003", "Surgical procedure"))
    c.sr(txt("Pre-operative medical evaluation"), "2026-10-28", status="active", requester=ns, performer=pcp, occurrence=("2026-12-15", "2026-12-31"), enc=e2)
    return c


def mp_hysterectomy(cid):
    """46F symptomatic fibroid uterus with menorrhagia, failed medical therapy; TLH scheduled (Procedure status preparation)."""
    c = Case(cid, "https://fhir.bayoucitygyn.com/r4")
    org = c.org("Bayou City Gynecology", npi="1720054498", city="Houston", state="TX", phone="(713) 555-0147")
    payer = c.org("Blue Cross and Blue Shield of Texas", kind="pay")
    gyn = c.prac("Adaeze", "Nwachukwu", "MD", "1912205573")
    c.patient("Tanisha Renee", "Broussard", "female", "1980-03-08", "BCG-558120", "urn:oid:2.16.840.1.113883.3.7001.8",
              "Houston", "TX", "77021", "4419 Rosedale St", "713-555-6604", org, gyn, marital="M")
    c.coverage(payer, "BCBSTX Blue Choice PPO", "ZGP913305562")
    fib = c.cond(icd("D25.1", "Intramural leiomyoma of uterus"), onset="2023-04", recorded="2023-04-26", recorder=gyn)
    men = c.cond(icd("N92.0", "Excessive and frequent menstruation with regular cycle"), onset="2023", recorded="2023-04-26")
    ida = c.cond(icd("D50.0", "Iron deficiency anemia secondary to blood loss (chronic)"), onset="2025-11", recorded="2025-11-18",
                 note="Due to menorrhagia; on oral iron.")
    c.cond(sct("38341003", "Hypertensive disorder, systemic arterial", text="Hypertension"), onset="2019", recorded="2019-07-15")
    c.proc(txt("Levonorgestrel IUD insertion"), "completed", "2024-02-06", reason_ref=men, note="Expelled 2024-06; not replaced.")
    c.medstmt(cc((RX, "10691", "tranexamic acid"), text="tranexamic acid 650 mg tablet"), "stopped", "2026-10-30", start="2025-01-10", end="2026-06-01",
              dosage="1300 mg TID x 5 days during menses", note="Inadequate control of bleeding.")
    c.medstmt(txt("ferrous gluconate 324 mg tablet"), "active", "2026-10-30", start="2025-11-18", dosage="1 tab daily", reason=ida)
    c.medstmt(cc((RX, "17767", "amlodipine"), text="amlodipine 5 mg tablet"), "active", "2026-10-30", start="2019-07-15", dosage="5 mg daily")
    c.dr(cc((CPT, "76830", "Ultrasound, transvaginal"), text="Pelvic ultrasound, transabdominal and transvaginal"), "2026-09-09",
         "Enlarged uterus 14.2 x 9.8 x 8.6 cm (est. 520 g) with multiple intramural and submucosal-abutting fibroids, largest 6.1 cm fundal. Endometrium 7 mm. Ovaries normal.")
    c.obs(txt("Endometrial biopsy - pathology"), "2026-09-23", "Proliferative endometrium. No hyperplasia or malignancy.", interp="N")
    e1 = c.enc("2026-09-23T09:30:00-05:00", EST("99214"), prac=gyn, org=org, reason="Heavy periods, fibroids")
    c.vitals("2026-09-23", e1, bp=(132, 84), hr=84, wt=81.0)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-23", 10.6, "g/dL", "g/dL", 12.0, 15.5, enc=e1)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-09-23", 11, "ng/mL", "ng/mL", 15, 150, enc=e1)
    c.note("2026-09-23", "Gynecology visit", """
Soaking super tampon + pad hourly x 2 days, 7-8 day menses, clots; fatigue. Failed OCP, TXA, IUD (expelled).
Uterus ~16-week size. EMB benign. Hgb 10.6 on iron. Options: myomectomy, UAE, hysterectomy. Done with childbearing.
Patient chooses hysterectomy.
""", gyn, e1)
    e2 = c.enc("2026-10-30T14:00:00-05:00", EST("99215"), prac=gyn, org=org, reason="Pre-operative visit")
    c.vitals("2026-10-30", e2, bp=(128, 80), hr=80)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-30", 11.4, "g/dL", "g/dL", 12.0, 15.5, enc=e2)
    c.note("2026-10-30", "Pre-operative counseling", """
Consent signed for total laparoscopic hysterectomy with bilateral salpingectomy, ovarian conservation, possible
conversion to laparotomy, possible morcellation in bag. Scheduled 12/18/2026, Memorial Hermann Southeast.
Continue iron; Hgb 11.4. Hold amlodipine not needed.
""", gyn, e2)
    c.proc(cc((CPT, "58573", "Laparoscopy, surgical, with total hysterectomy, for uterus greater than 250 g; with removal of tube(s) and/or ovary(s)"),
              text="Total laparoscopic hysterectomy with bilateral salpingectomy"),
           "preparation", performer=gyn, reason_ref=fib, enc=e2,
           note="Scheduled 2026-12-18 07:30, OR 4. Pre-admission labs 12/11.")
    c.add("Appointment", {"status": "booked", "serviceType": [txt("Gynecologic surgery")],
                          "description": "Total laparoscopic hysterectomy, bilateral salpingectomy",
                          "start": "2026-12-18T07:30:00-06:00", "end": "2026-12-18T10:30:00-06:00",
                          "participant": [{"actor": {"reference": c.patient_ref}, "status": "accepted"},
                                          {"actor": {"reference": gyn}, "status": "accepted"}]})
    return c


def mp_scoliosis_fusion(cid):
    """14F adolescent idiopathic scoliosis 52 deg thoracic, Risser 3; posterior spinal fusion T4-L1 ordered (local code)."""
    c = Case(cid, "https://fhir.gulfcoastchildrens.org/fhir/r4")
    org = c.org("Gulf Coast Children's Orthopaedics", npi="1326109947", city="Mobile", state="AL", phone="(251) 555-0104")
    pcporg = c.org("Baldwin Pediatrics", npi="1033218856", city="Daphne", state="AL")
    payer = c.org("Blue Cross and Blue Shield of Alabama", kind="pay")
    ortho = c.prac("Elaine", "Thibodeaux", "MD", "1457302281")
    ped = c.prac("Samuel", "Okonkwo", "MD", "1699047720")
    dad = c.related("Brian", "Castellano", "FTH", "father", "251-555-9011")
    c.patient("Isabella Grace", "Castellano", "female", "2012-06-25", "GCCO-88127", "urn:oid:2.16.840.1.113883.3.6112.1",
              "Daphne", "AL", "36526", "27 Bellaton Ave", "251-555-9011", org, ped)
    c.coverage(payer, "BCBS of Alabama Blue Advantage", "XAB448192007", relationship="child", subscriber=dad)
    ais = c.cond(icd("M41.124", "Adolescent idiopathic scoliosis, thoracic region"), onset="2026-08", recorded="2026-08-12", recorder=ortho)
    c.cond(txt("Seasonal allergies"), onset="2019", recorded="2020-04-02")
    c.medstmt(cc((RX, "20610", "cetirizine"), text="cetirizine 10 mg"), "active", "2026-11-04", dosage="10 mg daily in spring/fall")
    e0 = c.enc("2026-07-29T10:00:00-05:00", cc((CPT, "99394", "Periodic preventive medicine, established, age 12-17"), text="Sports physical / well visit"), prac=ped, org=pcporg, reason="Sports physical")
    c.vitals("2026-07-29", e0, bp=(108, 66), hr=70, wt=47.5, ht=160.5)
    c.note("2026-07-29", "Well visit", "Adams forward bend: marked right thoracic rib hump, scoliometer 14 deg. Shoulder asymmetry. Menarche 4/2026. Refer ortho.", ped, e0)
    e1 = c.enc("2026-08-12T09:00:00-05:00", cc((CPT, "99204", "Office/outpatient visit, new patient"), text="New patient - scoliosis"), prac=ortho, org=org, reason="Scoliosis")
    c.dr(cc((CPT, "72082", "Radiologic examination, entire thoracic and lumbar spine, 2 or 3 views"), text="EOS scoliosis series PA/lateral"), "2026-08-12",
         "Right thoracic curve T5-T12 Cobb 48 deg, compensatory left lumbar 26 deg. Risser 2, triradiate closed.", enc=e1)
    c.note("2026-08-12", "Orthopaedic new patient", """
Right thoracic AIS 48 deg at presentation, Risser 2, 4 months post-menarche - high risk of progression; curve already
beyond bracing range. Neuro exam normal, no abdominal reflex asymmetry. MRI spine ordered to exclude intraspinal
pathology before surgery. Discussed posterior spinal fusion.
""", ortho, e1)
    c.dr(txt("MRI cervical, thoracic and lumbar spine without contrast"), "2026-09-08", "No syrinx, no Chiari malformation, no tethered cord. Curvature as known.")
    e2 = c.enc("2026-11-04T13:00:00-06:00", EST("99215"), prac=ortho, org=org, reason="Scoliosis - surgical planning")
    c.dr(cc((CPT, "72082", "Radiologic examination, entire thoracic and lumbar spine, 2 or 3 views"), text="EOS scoliosis series with bending films"), "2026-11-04",
         "Right thoracic curve Cobb 52 deg (bends to 30 deg), left lumbar 27 deg (bends to 6 deg). Lenke 1A-. Risser 3.", enc=e2)
    c.vitals("2026-11-04", e2, wt=48.6, ht=162.3)
    c.note("2026-11-04", "Surgical planning visit", """
Curve 52 deg. Recommend posterior spinal fusion with segmental instrumentation T4-L1. Parents and Isabella agree.
Surgery 1/5/2027. Pre-op: type & screen, PFTs, anesthesia visit, cell saver, neuromonitoring.
""", ortho, e2)
    c.sr(cc(("urn:oid:2.16.840.1.113883.3.6112.9.12", "ORTHO-PSF-10", "Posterior spinal fusion w/ instrumentation, 7-12 levels"),
            text="Posterior spinal fusion T4-L1 with pedicle screw instrumentation"),
         "2026-11-04", status="active", intent="order", requester=ortho, performer=ortho, occurrence="2027-01-05T07:00:00-06:00",
         reason_ref=ais, enc=e2, priority="routine")
    return c


# ---------------------------------------------------------------- MAJOR PROCEDURE near misses
def mpn_chole_done(cid):
    """41F symptomatic cholelithiasis; laparoscopic cholecystectomy already performed 3 weeks ago; routine post-op."""
    c = Case(cid, "https://fhir.sandhillsgensurg.org/r4")
    org = c.org("Sandhills General Surgery", npi="1083347712", city="Pinehurst", state="NC", phone="(910) 555-0193")
    pcporg = c.org("Moore County Primary Care", npi="1992034468", city="Southern Pines", state="NC")
    payer = c.org("Aetna Choice POS II", kind="pay")
    surg = c.prac("Franklin", "DeLoach", "MD", "1215530849")
    pcp = c.prac("Wendy", "Strickland", "FNP", "1497710253")
    c.patient("Jessica Lynn", "Maultsby", "female", "1985-10-02", "SGS-33016", "urn:oid:2.16.840.1.113883.3.3570.2",
              "Southern Pines", "NC", "28387", "310 N Bennett St", "910-555-7741", pcporg, pcp, marital="M")
    c.coverage(payer, "Aetna Choice POS II", "W281774509")
    gs = c.cond(icd("K80.20", "Calculus of gallbladder without cholecystitis without obstruction", text="Symptomatic cholelithiasis"),
                onset="2026-07", recorded="2026-09-15", clinical="resolved", abatement="2026-11-09")
    c.cond(icd("E03.9", "Hypothyroidism, unspecified", text="Hypothyroidism"), onset="2016", recorded="2016-02-11")
    c.cond(sct("414916001", "Obesity"), onset="2010", recorded="2016-02-11")
    c.medstmt(cc((RX, "10582", "levothyroxine"), text="levothyroxine 100 mcg"), "active", "2026-11-20", start="2016-02-11", dosage="100 mcg daily")
    e1 = c.enc("2026-09-15T11:00:00-04:00", EST("99214"), prac=pcp, org=pcporg, reason="Recurrent RUQ pain after meals")
    c.vitals("2026-09-15", e1, bp=(124, 78), hr=76, wt=94.0, bmi=34.1)
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-09-15", 28, "U/L", "U/L", 7, 35, enc=e1)
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-09-15", 0.6, "mg/dL", "mg/dL", 0.2, 1.2, enc=e1)
    c.lab("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "2026-09-15", 32, "U/L", "U/L", 13, 60, enc=e1)
    c.dr(cc((CPT, "76705", "Ultrasound, abdominal, real time with image documentation; limited"), text="RUQ ultrasound"), "2026-09-17",
         "Multiple mobile gallstones up to 1.4 cm. No wall thickening or pericholecystic fluid. CBD 4 mm.")
    c.note("2026-09-15", "Office visit", "4 episodes of postprandial RUQ pain x 2 mo, 1-3 h each. LFTs normal. US: cholelithiasis. Refer surgery.", pcp, e1)
    e2 = c.enc("2026-10-07T09:30:00-04:00", NEW("99203"), prac=surg, org=org, reason="Symptomatic gallstones")
    sr = c.sr(cc((CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), text="Laparoscopic cholecystectomy"), "2026-10-07",
              status="completed", requester=surg, performer=surg, occurrence="2026-11-09", reason_ref=gs, enc=e2)
    c.note("2026-10-07", "Surgery consult", "Biliary colic with cholelithiasis. Recommend elective laparoscopic cholecystectomy. Scheduled 11/9.", surg, e2, loinc=("11488-4", "Consult note"))
    e3 = c.enc("2026-11-09T07:00:00-05:00", txt("Outpatient surgery"), prac=surg, org=org, reason="Laparoscopic cholecystectomy", end="2026-11-09T14:00:00-05:00")
    c.proc(cc((CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), text="Laparoscopic cholecystectomy"), "completed", "2026-11-09T08:05:00-05:00",
           performer=surg, reason_ref=gs, enc=e3, based_on=sr, period_end="2026-11-09T08:58:00-05:00", outcome="Uncomplicated; discharged same day")
    c.note("2026-11-09", "Operative note", """
Procedure: laparoscopic cholecystectomy. Critical view of safety obtained. EBL minimal. No complications.
Pathology: chronic cholecystitis with cholelithiasis. Discharged home same day.
""", surg, e3, loinc=("28570-0", "Procedure note"))
    e4 = c.enc("2026-11-20T10:00:00-05:00", cc((CPT, "99024", "Postoperative follow-up visit"), text="Post-op visit"), prac=surg, org=org, reason="Post-op check")
    c.vitals("2026-11-20", e4, bp=(120, 76), hr=72, temp=36.6)
    c.note("2026-11-20", "Post-op visit", "Incisions healing well. Tolerating diet, no pain. Path benign. Return prn. Released to full activity 12/7.", surg, e4)
    return c


def mpn_iud(cid):
    """32F migraine with aura wanting contraception; levonorgestrel IUD insertion ordered (minor office procedure)."""
    c = Case(cid, "https://fhir.greenmountainfp.org/R4")
    org = c.org("Green Mountain Family Planning & Primary Care", npi="1568843370", city="Rutland", state="VT", phone="(802) 555-0119")
    payer = c.org("Vermont Medicaid (Green Mountain Care)", kind="pay")
    np = c.prac("Abigail", "Thornquist", "APRN", "1376692004")
    c.patient("Courtney Anne", "LaFountain", "female", "1994-08-21", "GMF-72290", "urn:oid:2.16.840.1.113883.3.4990.5",
              "Rutland", "VT", "05701", "61 Crescent St", "802-555-3306", org, np, marital="S")
    c.coverage(payer, "Green Mountain Care Medicaid", "VT0044871233")
    mig = c.cond(sct("4473006", "Migraine with aura"), onset="2011", recorded="2018-03-14", note="2-3/month, visual aura; estrogen contraindicated.")
    c.cond(txt("Anxiety - situational, resolved"), onset="2020", recorded="2020-10-01", clinical="resolved", abatement="2021-06")
    c.medstmt(cc((RX, "37418", "sumatriptan"), text="sumatriptan 50 mg"), "active", "2026-11-16", start="2018-03-14", dosage="50 mg at onset, may repeat x1 in 2 h", reason=mig)
    c.medstmt(cc((RX, "7514", "norethindrone"), text="norethindrone 0.35 mg tablet"), "active", "2026-11-16", start="2023-01-10", dosage="1 daily", note="Irregular spotting, wants LARC.")
    c.obs(txt("Cervical cytology (Pap smear) with HPV co-testing"), "2025-05-06", "NILM; HPV negative", interp="N")
    e1 = c.enc("2026-11-16T14:20:00-05:00", EST("99214"), prac=np, org=org, reason="Contraception counseling")
    c.vitals("2026-11-16", e1, bp=(116, 72), hr=68, wt=64.0, bmi=23.4)
    c.obs(cc((LOINC, "2106-3", "Choriogonadotropin [Presence] in Urine")), "2026-11-16", sct("260385009", "Negative"), interp="NEG", enc=e1)
    c.obs(txt("Chlamydia trachomatis and Neisseria gonorrhoeae rRNA, urine"), "2026-11-16", "Not detected", interp="N", enc=e1)
    c.note("2026-11-16", "Contraception counseling", """
32F on POP with breakthrough spotting, forgets doses. Migraine with aura - combined hormonal methods contraindicated.
Reviewed LARC options; chooses levonorgestrel 52 mg IUD. Urine hCG neg, GC/CT sent (neg).
Insertion scheduled 12/9 in clinic; ibuprofen 800 mg 1 h before. Continue POP until insertion.
""", np, e1)
    c.sr(cc((CPT, "58300", "Insertion of intrauterine device (IUD)"), (HCPCS, "J7298", "Levonorgestrel-releasing intrauterine contraceptive system (Mirena), 52 mg"),
            text="Levonorgestrel 52 mg IUD insertion"),
         "2026-11-16", status="active", intent="order", requester=np, performer=np, occurrence="2026-12-09T10:00:00-05:00",
         reason=icd("Z30.014", "Encounter for initial prescription of intrauterine contraceptive device"), enc=e1)
    e0 = c.enc("2026-05-12T09:00:00-04:00", cc((CPT, "99395", "Periodic preventive medicine, established, 18-39"), text="Annual exam"), prac=np, org=org, reason="Annual exam")
    c.vitals("2026-05-12", e0, bp=(112, 70), hr=66, wt=63.5)
    c.note("2026-05-12", "Annual exam", "Well. Migraines stable 2/month on sumatriptan prn. Pap up to date (2025). Continue POP.", np, e0)
    return c


# ---------------------------------------------------------------- UNTREATABLE positives
def up_dementia_hospice(cid):
    """88F advanced Alzheimer dementia (FAST 7c) in memory care; hospice referral placed, comfort focus; no second opinion."""
    c = Case(cid, "https://fhir.oakhavenseniorcare.org/r4")
    org = c.org("Oak Haven Senior Living - Memory Care (Geriatric Medical Group)", npi="1144320087", city="Lancaster", state="PA", phone="(717) 555-0163")
    hosp = c.org("Lancaster General Hospital", npi="1952301145", city="Lancaster", state="PA")
    hospice = c.org("Susquehanna Valley Hospice", npi="1730219954", city="Lancaster", state="PA")
    payer = c.org("Medicare (Traditional)", kind="pay")
    dr = c.prac("Harold", "Brubaker", "MD", "1568021196")
    np = c.prac("Colleen", "Hershey", "CRNP", "1851177720")
    son = c.related("Mark", "Eberly", "SON", "natural son", "717-555-4419")
    c.patient("Margaret Louise", "Eberly", "female", "1938-01-30", "OH-100472", "urn:oid:2.16.840.1.113883.3.1120.8",
              "Lancaster", "PA", "17601", "1200 Oak Haven Dr, Rm 214", "(717) 555-4419", org, dr, marital="W")
    c.coverage(payer, "Medicare Part A/B", "5KD8QT2WE44", cov_type=("SUBSIDIZ", "subsidized health program"), start="2003-01-01")
    ad = c.cond(icd("G30.1", "Alzheimer's disease with late onset"), onset="2017", recorded="2018-04-10",
                note="Severe; FAST 7c (non-ambulatory), non-verbal, dependent for all ADLs.")
    c.cond(icd("R13.12", "Dysphagia, oropharyngeal phase"), onset="2026-06", recorded="2026-08-08")
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="1995", recorded="2010-01-01")
    c.cond(icd("M17.0", "Bilateral primary osteoarthritis of knee"), onset="2005", recorded="2010-01-01")
    c.cond(icd("J69.0", "Pneumonitis due to inhalation of food and vomit"), onset="2026-08-03", recorded="2026-08-03", clinical="resolved", abatement="2026-08-20", category="encounter-diagnosis")
    c.cond(icd("J69.0", "Pneumonitis due to inhalation of food and vomit"), onset="2026-10-12", recorded="2026-10-12", clinical="resolved", abatement="2026-10-30", category="encounter-diagnosis")
    c.medstmt(cc((RX, "135447", "donepezil"), text="donepezil 10 mg"), "stopped", "2026-11-18", start="2018-04-10", end="2026-09-08", note="Deprescribed - no further benefit expected.")
    c.medstmt(cc((RX, "161", "acetaminophen"), text="acetaminophen 500 mg"), "active", "2026-11-18", dosage="1000 mg TID scheduled for knee pain")
    c.medstmt(txt("Thickened liquids (nectar-thick), pureed diet"), "active", "2026-11-18", start="2026-08-08")
    e1 = c.enc("2026-07-06T10:00:00-04:00", cc((CPT, "99309", "Subsequent nursing facility care"), text="Nursing facility visit"), prac=dr, org=org, reason="Monthly visit")
    c.vitals("2026-07-06", e1, bp=(122, 70), hr=76, wt=52.4)
    c.note("2026-07-06", "Monthly nursing facility visit", "Progressive decline. Now wheelchair/bed-bound, rare single words. Eating 50% with assistance, coughing with thin liquids - SLP eval.", dr, e1)
    e2 = c.enc("2026-08-03T02:10:00-04:00", txt("Inpatient admission"), cls="IMP", org=hosp, reason="Fever, hypoxia - aspiration pneumonia",
               end="2026-08-08T12:00:00-04:00", priority="EM", admit_source="nursing", discharge="long")
    c.note("2026-08-08", "Discharge summary", "Aspiration pneumonia, treated with amp-sulbactam. Modified barium swallow: severe oropharyngeal dysphagia. Pureed/nectar-thick. Back to memory care.", None, e2, loinc=("18842-5", "Discharge summary"))
    e3 = c.enc("2026-09-08T10:00:00-04:00", cc((CPT, "99309", "Subsequent nursing facility care"), text="Nursing facility visit"), prac=dr, org=org, reason="Post-hospital follow-up")
    c.vitals("2026-09-08", e3, bp=(110, 64), hr=80, wt=49.8)
    e4 = c.enc("2026-10-12T21:40:00-04:00", txt("Inpatient admission"), cls="IMP", org=hosp, reason="Recurrent aspiration pneumonia",
               end="2026-10-17T11:00:00-04:00", priority="EM", admit_source="nursing", discharge="long")
    e5 = c.enc("2026-11-10T10:00:00-05:00", cc((CPT, "99309", "Subsequent nursing facility care"), text="Nursing facility visit"), prac=np, org=org, reason="Decline after second pneumonia")
    c.vitals("2026-11-10", e5, bp=(104, 60), hr=84, wt=46.1, spo2=93)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-11-10", 2.8, "g/dL", "g/dL", 3.5, 5.0, enc=e5)
    c.score(txt("Functional Assessment Staging Tool (FAST) stage"), "2026-11-10", 7, enc=e5, note="Stage 7c")
    e6 = c.enc("2026-11-18T14:00:00-05:00", cc((CPT, "99497", "Advance care planning, first 30 minutes"), text="Family meeting / advance care planning"), prac=dr, org=org, reason="Goals of care")
    c.note("2026-11-18", "Goals of care family meeting", """
Present: son Mark (POA), daughter by phone, RN, SW. Mrs. Eberly has end-stage Alzheimer's disease, FAST 7c,
two aspiration pneumonias in 10 weeks, 12% weight loss in 4 months, albumin 2.8.
Explained there is no treatment that will alter the course of her dementia; feeding tube would not prevent
aspiration or prolong meaningful life. Family agrees: comfort feeding only, no re-hospitalization, DNR/DNI (POLST
updated). Hospice referral placed today to Susquehanna Valley Hospice. Estimated prognosis < 6 months.
""", dr, e6)
    c.sr(sct("306205009", "Referral to hospice"), "2026-11-18", status="active", intent="order", requester=dr, performer=hospice,
         reason_ref=ad, enc=e6, note="Hospice eligibility: dementia FAST 7c with recurrent aspiration pneumonia and weight loss.")
    c.add("Flag", {"status": "active", "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "advance-directive", "Advance Directive"))],
                   "code": txt("DNR/DNI - POLST on file (comfort measures)"), "subject": {"reference": c.patient_ref},
                   "period": {"start": "2026-11-18"}, "author": {"reference": dr}})
    return c


def up_hf_palliative(cid):
    """81M end-stage HFrEF (EF 15%), not a candidate for LVAD/transplant; palliative CarePlan active."""
    c = Case(cid, "https://fhir.ozarkheartcenter.org/R4")
    org = c.org("Ozark Heart Center", npi="1689022315", city="Springfield", state="MO", phone="(417) 555-0188")
    pc = c.org("CoxHealth Palliative Medicine", npi="1407795513", city="Springfield", state="MO")
    payer = c.org("UnitedHealthcare Medicare Advantage", kind="pay")
    card = c.prac("Bryce", "Hollingsworth", "MD", "1992718830")
    pal = c.prac("Naomi", "Schaefer", "DO", "1265903378")
    c.patient("Eugene Floyd", "Tackett", "male", "1945-09-03", "OHC-009127", "urn:oid:2.16.840.1.113883.3.2290.1",
              "Nixa", "MO", "65714", "118 Cedar Ridge Ln", "(417) 555-7823", org, card, marital="M")
    c.coverage(payer, "AARP Medicare Advantage Choice PPO", "UHC918273645", cov_type=("SUBSIDIZ", "subsidized health program"))
    hf = c.cond(icd("I50.84", "End stage heart failure"), onset="2014", recorded="2026-10-08", recorder=card,
                note="Ischemic cardiomyopathy (NSTEMI 2014), HFrEF; progressed to stage D / NYHA IV in 2026.")
    c.cond(icd("I48.21", "Permanent atrial fibrillation"), onset="2018", recorded="2018-03-11")
    c.cond(icd("N18.32", "Chronic kidney disease, stage 3b"), onset="2022", recorded="2022-08-30")
    c.cond(icd("I21.4", "Non-ST elevation (NSTEMI) myocardial infarction"), onset="2014-06", recorded="2014-06-20", clinical="resolved", abatement="2014-07")
    c.proc(txt("Single-chamber ICD implantation"), "completed", "2019-05-14")
    c.medstmt(cc((RX, "20352", "carvedilol"), text="carvedilol 3.125 mg"), "active", "2026-11-13", start="2014-07-01", dosage="3.125 mg BID")
    c.medstmt(cc((RX, "4603", "furosemide"), text="furosemide 80 mg"), "active", "2026-11-13", start="2020-01-01", dosage="80 mg BID")
    c.medstmt(cc((RX, "9997", "spironolactone"), text="spironolactone 12.5 mg"), "active", "2026-11-13", start="2021-02-01", dosage="12.5 mg daily")
    c.medstmt(cc((RX, "1364430", "apixaban"), text="apixaban 2.5 mg"), "active", "2026-11-13", start="2018-03-11", dosage="2.5 mg BID")
    c.medstmt(txt("sacubitril-valsartan 24-26 mg"), "stopped", "2026-11-13", start="2021-02-01", end="2026-10-05", note="Stopped - symptomatic hypotension, SBP 80s.")
    c.dr(cc((CPT, "93306", "Echocardiography, transthoracic, complete with spectral and color flow Doppler"), text="Transthoracic echo"), "2026-10-06",
         "Severely dilated LV, LVEF 15%. Severe functional MR. RVSP 58 mmHg. Moderate RV dysfunction.")
    e1 = c.enc("2026-10-02T16:30:00-05:00", txt("Inpatient admission - acute on chronic systolic heart failure"), cls="IMP", prac=card, org=org,
               end="2026-10-08T11:00:00-05:00", priority="EM", admit_source="emd", discharge="home", reason="Decompensated heart failure")
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-10-02", 14800, "pg/mL", "pg/mL", None, 450, enc=e1)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-10-07", 131, "mmol/L", "mmol/L", 135, 145, enc=e1)
    c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "2026-10-07", 36, "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None, enc=e1)
    c.note("2026-10-08", "Discharge summary", "3rd HF admission in 2026. Diuresed 6 kg. ARNI stopped for hypotension. Inotrope-dependent trial not pursued per patient wishes.", card, e1, loinc=("18842-5", "Discharge summary"))
    e2 = c.enc("2026-11-13T10:00:00-06:00", EST("99215"), prac=card, org=org, reason="Heart failure follow-up")
    c.vitals("2026-11-13", e2, bp=(88, 56), hr=74, wt=71.8, spo2=94)
    c.note("2026-11-13", "Advanced heart failure clinic", """
NYHA IV, dyspneic with minimal exertion, sleeps in recliner. EF 15%. Intolerant of GDMT titration (hypotension).
Not a candidate for LVAD or transplant given age 81, frailty, CKD 3b, and patient preference. No further
advanced heart failure therapies to offer. Discussed prognosis (likely months). Referred to palliative medicine;
patient wants to stay at home. ICD shock function deactivation discussed - pt will consider.
""", card, e2)
    e3 = c.enc("2026-11-20T13:00:00-06:00", NEW("99205"), prac=pal, org=pc, reason="Palliative care consultation")
    c.note("2026-11-20", "Palliative medicine consultation", """
Goals: remain at home, avoid ICU. Symptom plan: low-dose morphine for dyspnea, diuretic flexible dosing.
DNR confirmed; ICD shock therapy to be deactivated at next device clinic. Home palliative care program enrolled.
""", pal, e3, loinc=("11488-4", "Consult note"))
    c.add("CarePlan", {"status": "active", "intent": "plan",
                       "category": [sct("103735009", "Palliative care")],
                       "title": "Home-based palliative care - end-stage heart failure",
                       "subject": {"reference": c.patient_ref}, "period": {"start": "2026-11-20"}, "created": "2026-11-20",
                       "author": {"reference": pal}, "addresses": [{"reference": hf}],
                       "description": "Comfort-focused care at home; symptom management of dyspnea and edema; no further hospitalizations unless for comfort.",
                       "activity": [{"detail": {"kind": "MedicationRequest", "code": txt("Morphine oral solution 2.5 mg q4h prn dyspnea"), "status": "in-progress"}},
                                    {"detail": {"code": txt("ICD shock therapy deactivation"), "status": "scheduled"}}]})
    return c


def up_cirrhosis_no_options(cid):
    """62M decompensated alcohol-associated cirrhosis, not a transplant candidate; hepatology note 'no treatment options'."""
    c = Case(cid, "https://fhir.upperpeninsulahealth.org/r4")
    org = c.org("Upper Peninsula Regional - Gastroenterology & Hepatology", npi="1457661033", city="Marquette", state="MI", phone="(906) 555-0139")
    payer = c.org("Michigan Medicaid - Upper Peninsula Health Plan", kind="pay")
    hep = c.prac("Ingrid", "Salo", "MD", "1205528394")
    sw = c.prac("Peter", "Koski", "LMSW", "1700398121")
    sis = c.related("Diane", "Heikkinen", "SIS", "sister", "906-555-1180")
    c.patient("Randall Wayne", "Heikkinen", "male", "1964-04-11", "UPR-441873", "urn:oid:2.16.840.1.113883.3.9300.4",
              "Ishpeming", "MI", "49849", "221 N Pine St", "906-555-2004", org, hep, marital="D")
    c.coverage(payer, "Healthy Michigan Plan", "MI0077261432")
    cir = c.cond(icd("K70.31", "Alcoholic cirrhosis of liver with ascites"), onset="2024-11", recorded="2024-11-20", recorder=hep)
    c.cond(icd("K76.82", "Hepatic encephalopathy"), onset="2026-03", recorded="2026-03-09")
    c.cond(icd("I85.10", "Secondary esophageal varices without bleeding"), onset="2025-01", recorded="2025-01-14")
    c.cond(icd("F10.20", "Alcohol dependence, uncomplicated", text="Alcohol use disorder, severe"), onset="1990", recorded="2024-11-20")
    c.medstmt(cc((RX, "6218", "lactulose"), text="lactulose 10 g/15 mL"), "active", "2026-11-16", start="2026-03-09", dosage="30 mL TID titrate to 2-3 BMs")
    c.medstmt(cc((RX, "35619", "rifaximin"), text="rifaximin 550 mg"), "active", "2026-11-16", start="2026-03-20", dosage="550 mg BID")
    c.medstmt(cc((RX, "9997", "spironolactone"), text="spironolactone 100 mg"), "active", "2026-11-16", start="2024-11-20", dosage="100 mg daily")
    c.medstmt(cc((RX, "4603", "furosemide"), text="furosemide 40 mg"), "active", "2026-11-16", start="2024-11-20", dosage="40 mg daily")
    c.medstmt(cc((RX, "8787", "propranolol"), text="propranolol 10 mg"), "active", "2026-11-16", start="2025-01-14", dosage="10 mg BID")
    for d in ("2026-09-22", "2026-10-13", "2026-11-03"):
        c.proc(cc((CPT, "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance"), text="Large-volume paracentesis"),
               "completed", d, performer=hep, reason_ref=cir, note="Removed 6-7 L; albumin 25% given.")
    e1 = c.enc("2026-11-16T09:30:00-05:00", EST("99215"), prac=hep, org=org, reason="Decompensated cirrhosis follow-up")
    c.vitals("2026-11-16", e1, bp=(98, 60), hr=88, wt=81.4, temp=36.6)
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-11-16", 4.6, "mg/dL", "mg/dL", 0.2, 1.2, enc=e1)
    c.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-11-16", 1.9, "{INR}", "{INR}", 0.9, 1.1, enc=e1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-16", 1.4, "mg/dL", "mg/dL", 0.7, 1.3, enc=e1)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-11-16", 129, "mmol/L", "mmol/L", 135, 145, enc=e1)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-11-16", 2.5, "g/dL", "g/dL", 3.5, 5.0, enc=e1)
    c.lab("777-3", "Platelets [#/volume] in Blood by Automated count", "2026-11-16", 58, "10*3/uL", "10*3/uL", 150, 400, enc=e1)
    c.obs(txt("MELD-Na score (calculated)"), "2026-11-16", qty(28, "{score}", "{score}"), category="survey", enc=e1)
    c.note("2026-11-16", "Hepatology clinic note", """
62M alcohol-associated cirrhosis, Child-Pugh C, MELD-Na 28. Refractory ascites needing LVP every 3 weeks, HE on
lactulose/rifaximin with 2 admissions this year. Continues to drink (PEth 412 ng/mL in October), declined residential
treatment again. Transplant center (Ann Arbor) declined listing 9/2026: active alcohol use, no stable caregiver.
TIPS contraindicated (MELD > 18, HE). There are no treatment options left for his liver disease beyond supportive
care. Discussed prognosis (median survival months). Recommend comfort-focused care; patient undecided about
hospice. Sister Diane present. Social work to follow up on home supports.
""", hep, e1)
    c.note("2026-11-16", "Social work note", "Lives alone, sister 20 min away. Discussed home health, POLST. Pt wants to 'think about hospice'.", sw, e1)
    return c


# ---------------------------------------------------------------- UNTREATABLE near misses
def upn_hemangioma(cid):
    """52F incidental hepatic hemangioma confirmed on MRI - 'no treatment needed'."""
    c = Case(cid, "https://fhir.canyoncountryclinic.org/r4")
    org = c.org("Canyon Country Internal Medicine", npi="1821167703", city="St. George", state="UT", phone="(435) 555-0112")
    hosp = c.org("Red Rock Regional Medical Center", npi="1558304469", city="St. George", state="UT")
    payer = c.org("SelectHealth", kind="pay")
    dr = c.prac("Lorraine", "Gubler", "MD", "1093847762")
    edr = c.prac("Marco", "Villanueva", "MD", "1487009214")
    c.patient("Denise Marie", "Holyoak", "female", "1974-12-05", "CCI-290114", "urn:oid:2.16.840.1.113883.3.4401.3",
              "St. George", "UT", "84770", "1870 E Seegmiller Dr", "435-555-8820", org, dr, marital="M")
    c.coverage(payer, "SelectHealth Med PPO", "SH5520917")
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2016", recorded="2016-05-10")
    c.cond(sct("40930008", "Hypothyroidism"), onset="2013", recorded="2013-09-02")
    c.medstmt(cc((RX, "314076", "lisinopril 10 MG Oral Tablet")), "active", "2026-10-21", dosage="10 mg daily")
    c.medstmt(cc((RX, "10582", "levothyroxine"), text="levothyroxine 88 mcg"), "active", "2026-10-21", dosage="88 mcg daily")
    e1 = c.enc("2026-09-27T22:15:00-06:00", cc((CPT, "99284", "Emergency department visit, moderate MDM"), text="ED visit"), cls="EMER", prac=edr, org=hosp,
               reason="Left flank pain", end="2026-09-28T03:30:00-06:00")
    c.cond(icd("N20.1", "Calculus of ureter"), onset="2026-09-27", recorded="2026-09-27", clinical="resolved", abatement="2026-10-05", category="encounter-diagnosis", enc=e1)
    c.dr(cc((CPT, "74176", "Computed tomography, abdomen and pelvis; without contrast material"), text="CT abdomen/pelvis stone protocol"), "2026-09-27",
         "4 mm left UVJ stone with mild hydronephrosis. Incidental 3.1 cm hypodense lesion right hepatic lobe segment 6 - recommend MRI for characterization.", enc=e1)
    c.note("2026-09-28", "ED note", "Renal colic, 4 mm L distal ureteral stone. Tamsulosin, ketorolac, strainer. Incidental liver lesion - PCP to arrange MRI.", edr, e1)
    e2 = c.enc("2026-10-05T09:00:00-06:00", EST("99214"), prac=dr, org=org, reason="ED follow-up, liver lesion")
    c.vitals("2026-10-05", e2, bp=(130, 82), hr=70, wt=74.0)
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-10-05", 22, "U/L", "U/L", 7, 35, enc=e2)
    c.lab("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-10-05", 19, "U/L", "U/L", 10, 35, enc=e2)
    c.lab("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "2026-10-05", 74, "U/L", "U/L", 35, 105, enc=e2)
    c.note("2026-10-05", "Office visit", "Passed stone 10/1. Asymptomatic. LFTs normal. MRI liver ordered for incidental lesion.", dr, e2)
    c.dr(cc((CPT, "74183", "Magnetic resonance imaging, abdomen; without contrast material(s), followed by with contrast material(s)"), text="MRI liver with and without contrast"),
         "2026-10-14", "3.2 cm segment 6 lesion: T2 hyperintense with peripheral nodular discontinuous enhancement and centripetal fill-in - typical hemangioma. Otherwise normal liver.")
    hem = c.cond(icd("D18.03", "Hemangioma of intra-abdominal structures", text="Hepatic hemangioma, 3.2 cm"), onset="2026-09-27", recorded="2026-10-21", recorder=dr)
    e3 = c.enc("2026-10-21T10:40:00-06:00", EST("99213"), prac=dr, org=org, reason="MRI results")
    c.vitals("2026-10-21", e3, bp=(126, 80), hr=68)
    c.note("2026-10-21", "Results visit", """
MRI confirms a typical benign hepatic hemangioma (3.2 cm). These are common and benign. No treatment is needed and,
per ACG guidance for typical hemangiomas, no follow-up imaging is required. Reassured; she is relieved.
Continue lisinopril and levothyroxine. TSH due at annual.
""", dr, e3)
    return c


def upn_copd_hospice_2nd_op(cid):
    """76M very severe COPD on home O2, hospice enrolled; pulmonary second opinion obtained at academic centre 5 months ago."""
    c = Case(cid, "https://fhir.kanawhapulmonary.com/R4")
    org = c.org("Kanawha Valley Pulmonary Associates", npi="1346620087", city="Charleston", state="WV", phone="(304) 555-0175")
    uni = c.org("Mountaineer University Medicine - Advanced Lung Disease Clinic", npi="1508872234", city="Morgantown", state="WV")
    hospice = c.org("Hospice of the Kanawha Valley", npi="1720034417", city="Charleston", state="WV")
    payer = c.org("Medicare (Traditional) + WV PEIA secondary", kind="pay")
    pulm = c.prac("Raymond", "Cutlip", "MD", "1376543390")
    uni_dr = c.prac("Alessandra", "Moretti", "MD", "1811190456")
    c.patient("Earl Dwayne", "Samples", "male", "1950-06-19", "KVP-071144", "urn:oid:2.16.840.1.113883.3.1774.2",
              "St. Albans", "WV", "25177", "46 Coal River Rd", "(304) 555-3317", org, pulm, marital="M")
    c.coverage(payer, "Medicare Part A/B", "2HN7JY6RT30", cov_type=("SUBSIDIZ", "subsidized health program"))
    copd = c.cond(sct("13645005", "Chronic obstructive lung disease", text="COPD, very severe (GOLD 4, group E), emphysema-predominant"), onset="2008", recorded="2012-04-03", recorder=pulm)
    c.cond(icd("J96.11", "Chronic respiratory failure with hypoxia"), onset="2023", recorded="2023-02-15")
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2005", recorded="2012-04-03")
    c.cond(icd("M81.0", "Age-related osteoporosis without current pathological fracture"), onset="2022", recorded="2022-09-30")
    c.medstmt(txt("fluticasone furoate/umeclidinium/vilanterol 100-62.5-25 mcg inhaler"), "active", "2026-11-05", start="2021-01-01", dosage="1 inhalation daily")
    c.medstmt(cc((RX, "435", "albuterol"), text="albuterol nebulizer 2.5 mg/3 mL"), "active", "2026-11-05", dosage="q4h prn")
    c.medstmt(txt("Home oxygen 3 L/min via nasal cannula, continuous"), "active", "2026-11-05", start="2023-02-15")
    c.medstmt(cc((RX, "17767", "amlodipine"), text="amlodipine 5 mg"), "active", "2026-11-05", dosage="5 mg daily")
    c.obs(cc((LOINC, "20150-9", "FEV1")), "2025-11-18", qty(0.71, "L", "L"), category="procedure", note="26% predicted; FEV1/FVC 0.38")
    c.obs(cc((LOINC, "20150-9", "FEV1")), "2026-06-18", qty(0.66, "L", "L"), category="procedure", note="24% predicted; FEV1/FVC 0.36")
    e1 = c.enc("2026-06-18T09:00:00-04:00", cc((CPT, "99245", "Office consultation, high MDM"), text="Second opinion consultation - pulmonary"),
               prac=uni_dr, org=uni, reason="Second opinion: very severe COPD, eligibility for advanced therapies")
    c.sr(txt("Referral for second opinion - pulmonary medicine (advanced COPD therapies)"), "2026-05-02", status="completed", requester=pulm,
         performer=uni_dr, reason_ref=copd, category=sct("3457005", "Patient referral"))
    c.note("2026-06-18", "Second opinion consultation - Pulmonary", """
Referred by Dr. Cutlip at patient/family request for a second opinion on very severe COPD.
Reviewed CT chest, PFTs (FEV1 0.66 L, 24%), ABG (PaCO2 54). Homogeneous emphysema, hypercapnic.
Opinion: agree with diagnosis and current management. Not a candidate for endobronchial valves or lung volume
reduction (homogeneous disease, hypercapnia) nor lung transplant (age, frailty). No additional disease-directed
therapy to offer. Agree with transition to hospice when patient is ready. Results discussed with patient and wife.
""", uni_dr, e1, loinc=("11488-4", "Consult note"))
    e2 = c.enc("2026-09-03T04:20:00-04:00", txt("Inpatient admission - COPD exacerbation"), cls="IMP", prac=pulm, org=org, end="2026-09-09T12:00:00-04:00",
               priority="EM", admit_source="emd", discharge="home", reason="Acute hypercapnic respiratory failure, COPD exacerbation")
    c.note("2026-09-09", "Discharge summary", "Required BiPAP x 3 days. Prednisone, doxycycline. 3rd exacerbation-related admission in 12 months.", pulm, e2, loinc=("18842-5", "Discharge summary"))
    e3 = c.enc("2026-11-05T10:00:00-05:00", EST("99215"), prac=pulm, org=org, reason="Follow-up very severe COPD")
    c.vitals("2026-11-05", e3, bp=(118, 70), hr=96, spo2=89, rr=24, wt=58.2)
    c.note("2026-11-05", "Pulmonary clinic", """
Dyspnea at rest, housebound, 3 L O2. Consistent with second opinion in June, no further disease-directed options.
Pt and wife ready for hospice. Hospice referral placed; morphine for dyspnea.
""", pulm, e3)
    c.sr(sct("306205009", "Referral to hospice"), "2026-11-05", status="completed", requester=pulm, performer=hospice, reason_ref=copd, enc=e3)
    c.add("CarePlan", {"status": "active", "intent": "plan", "category": [sct("385763009", "Hospice care")],
                       "title": "Hospice plan of care", "subject": {"reference": c.patient_ref}, "period": {"start": "2026-11-12"},
                       "created": "2026-11-12", "author": {"reference": pulm}, "addresses": [{"reference": copd}],
                       "description": "Home hospice, comfort-focused management of dyspnea and anxiety."})
    return c
