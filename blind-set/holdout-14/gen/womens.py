from lib import *

def w_brigid(c):
    h = c.org("St. Brigid Women's & Children's Hospital", "1417962083", city="Omaha", state="NE", phone="402-555-0100")
    return h, "https://stbrigidwch.org/fhir/identifiers/mrn"

def w_magnolia(c):
    h = c.org("Magnolia Women's and Children's Hospital", "1932716540", city="Mobile", state="AL", phone="251-555-0190")
    return h, "urn:oid:2.16.840.1.113883.3.4471.2.1"

def w_lakeshore(c):
    h = c.org("Lakeshore Children's & Women's Center", "1508814729", city="Grand Rapids", state="MI", phone="616-555-0133")
    return h, "https://lakeshorecwc.org/mrn"

def mother(c, family, given, phone):
    return c.add({"resourceType": "RelatedPerson", "patient": c.P, "active": True,
                  "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"))],
                  "name": [{"family": family, "given": [given]}], "telecom": [{"system": "phone", "value": phone}]}, "rp")


def growth(c, d, ht, wt, enc=None, bmi=None):
    c.vital("8302-2", "Body height", d, ht, "cm", enc=enc)
    c.vital("29463-7", "Body weight", d, wt, "kg", enc=enc)
    if bmi:
        c.vital("39156-5", "Body mass index (BMI) [Ratio]", d, bmi, "kg/m2", enc=enc)


def w_psnw_pos(c):
    h, mrn = w_lakeshore(c)
    am = c.pract("Vos", "Hannah", "1629038471", qual="Adolescent Medicine")
    rh = c.pract("Okereke", "Chidi", "1770482916", qual="Pediatric Rheumatology")
    pay = c.org("Priority Health", "1222220101", typ="pay")
    c.pat("Morales", ["Ava", "G"], "female", "2010-02-14", mrn, "LCW-3390127", "Wyoming", "MI", "2410 Byron Center Ave SW", "49519", org=h, lang=("es", "Spanish"))
    mom = mother(c, "Morales", "Graciela", "616-555-0174")
    c.coverage(pay, "commercial", "PH77120394-02", "2015-01-01", "Priority Health HMO (dependent)")
    c.cond(cc((ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), "2016-05-01", status="inactive")
    c.cond(cc((ICD, "S93.401A", "Sprain of unspecified ligament of right ankle"), text="R ankle sprain"), "2024-10-02", status="resolved", abate="2024-11-01", cat="encounter-diagnosis")
    dates = ["2026-04-21", "2026-06-09", "2026-08-04", "2026-10-13"]
    encs = []
    for i, d in enumerate(dates):
        who = rh if d == "2026-08-04" else am
        e = c.enc(d, typ=cc(text="Adolescent medicine visit" if who is am else "Pediatric rheumatology consult"),
                  reason="Joint pain hands, wrists and knees; morning stiffness", pract=who, org=h)
        encs.append(e)
        c.cond(cc((SCT, "57676002", "Joint pain"), (ICD, "M25.541", "Pain in joints of right hand"), text="Polyarthralgia (hands, wrists, knees)"),
               "2026-03-20", cat="encounter-diagnosis", recorded=d, enc=e)
        c.survey(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, [6, 7, 6, 7][i], enc=e)
    c.cond(cc((SCT, "57676002", "Joint pain"), text="Polyarthralgia"), "2026-03-20", recorded="2026-04-21",
           note="Symmetric pain small joints hands, wrists, knees; AM stiffness ~30 min; no rash, no fever.")
    e1 = encs[0]
    c.lab("30341-2", "Erythrocyte sedimentation rate", "2026-04-21", 9, "mm/h", low=0, high=20, enc=e1)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-04-21", 0.3, "mg/dL", low=0, high=1.0, enc=e1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-04-21", 13.2, "g/dL", low=11.5, high=15.5, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-04-21", 1.6, "m[IU]/L", low=0.5, high=4.3, enc=e1)
    c.obs(cc((LNC, "8061-4", "Nuclear Ab [Presence] in Serum"), text="ANA screen (IFA)"), "2026-06-09", vcc=cc((SCT, "260385009", "Negative")), interp="NEG", enc=encs[1])
    c.obs(cc((LNC, "11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma")), "2026-06-09", 6, "[IU]/mL", low=0, high=14, interp="N", enc=encs[1])
    c.lab("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "2026-06-09", 98, "U/L", low=26, high=192, enc=encs[1])
    c.lab("1989-3", "25-hydroxyvitamin D3+25-hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", "2026-06-09", 34, "ng/mL", low=30, high=100, enc=encs[1])
    c.obs(cc((LNC, "36952-5", "XR Hand - bilateral"), text="XR hands bilateral"), "2026-06-09", vstring="No erosions, no joint space narrowing, no periosteal reaction. Normal.",
          cat="imaging", interp="N", enc=encs[1])
    c.note("2026-08-04", "Pediatric rheumatology consult",
           "16yo F with 4 mo of polyarthralgia. Exam: no synovitis, no enthesitis, Beighton 3/9, no rash, no nail changes. ESR/CRP, ANA, RF, CK, TSH, vit D and hand films normal. "
           "No evidence of JIA or connective tissue disease. No rheumatologic diagnosis. Reassured family; PT for conditioning; return PRN.",
           rh, typ=("11488-4", "Consult note"), enc=encs[2], custodian=h)
    c.note("2026-10-13", "Adolescent medicine follow-up",
           "Still with hand and knee pain most days, stiffness in the morning, stopped volleyball, missed 6 school days this quarter. Mom worried; she was told nothing is wrong. "
           "Exam unchanged. Sleep OK, PHQ-A 4. No diagnosis to explain symptoms. Plan: continue PT, ibuprofen PRN, recheck in 8 weeks.",
           am, enc=encs[3], custodian=h)
    c.survey(cc((LNC, "89204-2", "Patient Health Questionnaire-9: Modified for Teens total score [Reported.PHQ.Teen]")), "2026-10-13", 4, enc=encs[3])
    c.medstmt(med("5640", "ibuprofen", "ibuprofen 200 mg tablet"), "2026-04-01", dosage="400 mg PO PRN, ~3x/week", info_src=mom)


def w_psnw_nm(c):
    h, mrn = w_brigid(c)
    pd = c.pract("Rasmussen", "Clara", "1386620947", qual="General Pediatrics")
    gi = c.pract("Menon", "Vikram", "1912047358", qual="Pediatric Gastroenterology")
    pay = c.org("Nebraska Medicaid - Heritage Health (Nebraska Total Care)", "1222220202", typ="pay")
    c.pat("Tran", ["Lily", "N"], "female", "2012-07-30", mrn, "SBW-0884412", "Omaha", "NE", "5012 S 24th St", "68107", org=h)
    mother(c, "Tran", "Mai", "402-555-0188")
    c.coverage(pay, "medicaid", "NE0019283746", "2012-08-01")
    c.cond(cc((ICD, "L20.9", "Atopic dermatitis, unspecified"), (SCT, "24079001", "Atopic dermatitis")), "2013-04-01", status="inactive")
    e1 = c.enc("2026-06-02", typ=cc((CPT, "99214", "Office visit est")), reason="Tired, bloating, not growing", pract=pd, org=h)
    c.cond(cc((SCT, "84229001", "Fatigue"), (ICD, "R53.83", "Other fatigue")), "2026-04-15", recorded="2026-06-02", enc=e1, cat="encounter-diagnosis",
           status="resolved", abate="2026-11-17")
    growth(c, "2026-06-02", 149.0, 36.2, e1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-06-02", 12.1, "g/dL", low=11.5, high=15.5, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-02", 2.4, "m[IU]/L", low=0.5, high=4.3, enc=e1)
    e2 = c.enc("2026-07-14", typ=cc((CPT, "99213", "Office visit est")), reason="Fatigue, abdominal bloating", pract=pd, org=h)
    c.cond(cc((SCT, "116289008", "Abdominal bloating"), (ICD, "R14.0", "Abdominal distension (gaseous)")), "2026-04-15", recorded="2026-07-14", enc=e2,
           cat="encounter-diagnosis", status="resolved", abate="2026-11-17")
    e3 = c.enc("2026-08-25", typ=cc((CPT, "99214", "Office visit est")), reason="Fatigue, weight plateau", pract=pd, org=h)
    growth(c, "2026-08-25", 149.4, 35.8, e3)
    c.lab("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "2026-08-25", 148, "U/mL", "[arb'U]/mL", 0, 15, enc=e3)
    c.lab("2458-8", "IgA [Mass/volume] in Serum or Plasma", "2026-08-25", 142, "mg/dL", low=57, high=300, enc=e3)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-08-25", 9, "ng/mL", low=10, high=120, enc=e3)
    c.proc(cc((CPT, "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")), "completed", "2026-09-22", performer=gi,
           outcome="Duodenal biopsies: villous atrophy, crypt hyperplasia, IEL >40/100 (Marsh 3b)")
    e4 = c.enc("2026-09-29", typ=cc(text="Pediatric GI clinic"), reason="Celiac disease", pract=gi, org=h)
    cd = c.cond(cc((SCT, "396331005", "Celiac disease"), (ICD, "K90.0", "Celiac disease")), "2026-09-22", recorded="2026-09-29", enc=e4, asserter=gi)
    c.note("2026-09-29", "Pediatric GI note",
           "tTG-IgA 148 (>10x ULN), Marsh 3b on biopsy: celiac disease. Explains fatigue, bloating, iron deficiency and weight plateau. Strict gluten-free diet, dietitian teaching done today, "
           "oral iron x 3 mo, recheck tTG in 6 mo. First-degree relatives to be screened.", gi, typ=("11488-4", "Consult note"), enc=e4, custodian=h)
    c.medstmt(med("24947", "ferrous sulfate", "ferrous sulfate 325 mg (65 mg elemental iron) tablet"), "2026-09-29", dosage="1 tab daily", reason=cd)
    e5 = c.enc("2026-11-17", typ=cc((CPT, "99213", "Office visit est")), reason="Follow-up celiac", pract=pd, org=h)
    growth(c, "2026-11-17", 150.6, 38.1, e5)
    c.note("2026-11-17", "Pediatric follow-up", "On GF diet 7 weeks. Energy much better, no bloating, gained 2.3 kg. Fatigue/bloating resolved.", pd, enc=e5, custodian=h)


def w_dsm_pos(c):
    h, mrn = w_magnolia(c)
    am = c.pract("Thibodeaux", "Renee", "1245073918", qual="Adolescent Medicine")
    ed = c.pract("Castillo", "Marco", "1558302741", qual="Pediatric Emergency Medicine")
    pay = c.org("Blue Cross and Blue Shield of Alabama", "1222220303", typ="pay")
    c.pat("Okafor", ["Jasmine", "A"], "female", "2011-05-09", mrn, "MWC-552091", "Mobile", "AL", "1720 Dauphin St", "36604", org=h)
    mom = mother(c, "Okafor", "Ngozi", "251-555-0163")
    c.coverage(pay, "commercial", "ZAB4481922-03", "2011-06-01", "BCBS AL Blue Advantage")
    e1 = c.enc("2026-05-17", "EMER", typ=cc(text="Emergency department visit"), reason="Passed out at swim practice", pract=ed, org=h)
    c.cond(cc((ICD, "R55", "Syncope and collapse"), (SCT, "271594007", "Syncope")), "2026-05-17", cat="encounter-diagnosis", enc=e1, status="resolved", abate="2026-05-17")
    c.obs(cc((LNC, "8634-8", "Q-T interval {EKG}"), text="ECG (ED)"), "2026-05-17", vstring="Sinus rhythm 78, machine read 'normal ECG'; QTc not hand-measured",
          cat="procedure", enc=e1)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-05-17", 139, "mmol/L", low=135, high=145, enc=e1)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-05-17", 4.0, "mmol/L", low=3.5, high=5.1, enc=e1)
    e2 = c.enc("2026-06-02", typ=cc(text="Adolescent medicine visit"), reason="Episodes of racing heart, dizziness", pract=am, org=h)
    c.survey(cc((LNC, "69737-5", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-06-02", 11, enc=e2)
    pd = c.cond(cc((ICD, "F41.0", "Panic disorder [episodic paroxysmal anxiety]"), (SCT, "371631005", "Panic disorder")), "2026-06-02", enc=e2, asserter=am,
                note="Episodes of palpitations, lightheadedness, one syncope at swim practice. Stress at school/team tryouts.")
    c.note("2026-06-02", "Adolescent medicine note",
           "15yo F with 2 mo of episodic palpitations and dizziness, one syncope in the pool 5/17. ED ECG read normal. GAD-7 11. Dx panic disorder. Start sertraline 25 mg, CBT referral.",
           am, enc=e2, custodian=h)
    c.medreq(med("36437", "sertraline", "sertraline 50 mg tablet"), "2026-06-02", am, dosage="25 mg daily x 1 wk then 50 mg daily", reason=pd, category="outpatient")
    e3 = c.enc("2026-09-09", "EMER", typ=cc(text="Emergency department visit"), reason="Syncope at home", pract=ed, org=h)
    c.note("2026-09-09", "ED note",
           "Found down by mom in bedroom 06:30 when her alarm went off; brief shaking, no post-ictal confusion, back to baseline in 1 min. Hx panic disorder on sertraline. "
           "Glucose 92. Dx: syncope, likely anxiety-related / vasovagal. Discharged.", ed, typ=("34111-5", "Emergency department note"), enc=e3, custodian=h)
    c.cond(cc((ICD, "R55", "Syncope and collapse")), "2026-09-09", cat="encounter-diagnosis", enc=e3, status="resolved", abate="2026-09-09")
    e4 = c.enc("2026-10-21", typ=cc(text="Adolescent medicine visit - sports preparticipation"), reason="Sports physical; ongoing spells", pract=am, org=h)
    c.obs(cc((LNC, "8636-3", "Q-T interval corrected")), "2026-10-21", 498, "ms", "ms", high=460, interp="H", cat="procedure", enc=e4,
          note="Bazett, hand-measured lead II; T-wave notching V2-V3")
    c.obs(cc((SCT, "80313002", "Palpitations"), text="Spells since last visit"), "2026-10-21", vstring="2 further episodes of palpitations with near-syncope; one during swim, one on waking to alarm",
          cat="exam", enc=e4)
    c.note("2026-10-21", "Adolescent medicine note",
           "Still having spells despite sertraline and CBT (anxiety scores better, GAD-7 6). QTc on today's ECG 498 ms. Maternal uncle drowned age 22. "
           "Panic disorder remains on problem list. Sertraline can prolong QT - will discuss. Peds cardiology referral placed (first available Jan).",
           am, enc=e4, custodian=h)
    c.survey(cc((LNC, "69737-5", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-10-21", 6, enc=e4)
    c.sr(cc((SCT, "306133000", "Referral to pediatric cardiology service"), text="Referral pediatric cardiology"), "active", "order", "2026-10-21", am,
         occurrence="2027-01-14", reason=cc(text="Prolonged QTc, recurrent syncope"), enc=e4)


def w_dsm_nm(c):
    h, mrn = w_brigid(c)
    neu = c.pract("Kowalski", "Teresa", "1831049265", qual="Pediatric Neurology")
    pay = c.org("Medica", "1222220404", typ="pay")
    c.pat("Lindgren", ["Sophie", "E"], "female", "2014-01-22", mrn, "SBW-0712208", "Papillion", "NE", "118 Washington St", "68046", org=h)
    mother(c, "Lindgren", "Anna", "402-555-0142")
    c.coverage(pay, "commercial", "MED7730192-02", "2014-02-01", "Medica Choice Passport")
    e1 = c.enc("2026-03-10", typ=cc(text="Pediatric neurology new patient"), reason="Headaches", pract=neu, org=h)
    mig = c.cond(cc((SCT, "56097005", "Migraine without aura"), (ICD, "G43.009", "Migraine without aura, not intractable, without status migrainosus")),
                 "2025-09-01", recorded="2026-03-10", enc=e1, asserter=neu)
    c.obs(cc(text="Neurologic exam"), "2026-03-10", vstring="Normal; fundi sharp discs bilaterally; no papilledema", cat="exam", interp="N", enc=e1)
    c.note("2026-03-10", "Pediatric neurology consult",
           "12yo F, 6 mo of bifrontal/unilateral throbbing headaches 4-6 h with nausea, photophobia, phonophobia, better with sleep; mother with migraine. 12 headache days/mo. "
           "Normal exam, no red flags; imaging not indicated. Dx migraine without aura. Start amitriptyline 10 mg qhs + riboflavin; headache diary; sleep hygiene.",
           neu, typ=("11488-4", "Consult note"), enc=e1, custodian=h)
    c.medreq(med("704", "amitriptyline", "amitriptyline 10 mg tablet"), "2026-03-10", neu, dosage="10 mg PO at bedtime", reason=mig, category="outpatient")
    c.medstmt(med("9346", "riboflavin", "riboflavin 100 mg tablet"), "2026-03-10", dosage="200 mg daily")
    for d, days, ped in [("2026-03-10", 12, 38), ("2026-06-09", 8, 22), ("2026-09-08", 4, 10), ("2026-11-24", 3, 6)]:
        e = e1 if d == "2026-03-10" else c.enc(d, typ=cc(text="Pediatric neurology follow-up"), reason="Migraine follow-up", pract=neu, org=h)
        c.survey(cc(text="Headache days per month (diary)"), d, days, enc=e, unit="/mo")
        c.survey(cc(text="PedMIDAS total score"), d, ped, enc=e)
        if d == "2026-11-24":
            growth(c, d, 153.2, 42.0, e)
            c.note(d, "Pediatric neurology follow-up", "Down to 3 headache days/mo, PedMIDAS 6. Attack pattern unchanged and typical for migraine. Continue amitriptyline through school year, then taper.",
                   neu, enc=e, custodian=h)
    c.medstmt(med("5640", "ibuprofen", "ibuprofen 400 mg"), "2025-09-01", dosage="400 mg at onset, max 2 days/wk")


def w_mpp_pos(c):
    h, mrn = w_lakeshore(c)
    ortho = c.pract("DeYoung", "Nathan", "1467720183", qual="Pediatric Orthopaedic Surgery (spine)")
    pay = c.org("Blue Cross Blue Shield of Michigan", "1222220505", typ="pay")
    c.pat("Brzezinski", ["Emma", "K"], "female", "2012-04-03", mrn, "LCW-3118845", "Holland", "MI", "77 W 26th St", "49423", org=h)
    mother(c, "Brzezinski", "Joanna", "616-555-0108")
    c.coverage(pay, "commercial", "XYZ882017736-04", "2012-05-01", "BCBSM PPO")
    e1 = c.enc("2026-06-10", typ=cc(text="Pediatric orthopaedic new patient"), reason="Uneven shoulders noted at school screening", pract=ortho, org=h)
    ais = c.cond(cc((SCT, "203646004", "Idiopathic scoliosis in adolescence"), (ICD, "M41.124", "Adolescent idiopathic scoliosis, thoracic region")),
                 "2026-05-01", recorded="2026-06-10", enc=e1, asserter=ortho)
    c.obs(cc((LNC, "36713-1", "XR Spine scoliosis study"), text="Standing PA/lat scoliosis films"), "2026-06-10",
          vstring="Right thoracic curve T5-T12 Cobb 48 deg; compensatory lumbar 26 deg; Risser 1", cat="imaging", enc=e1)
    growth(c, "2026-06-10", 158.0, 44.5, e1)
    c.note("2026-06-10", "Pediatric orthopaedics note",
           "14yo F, premenarchal until 3 mo ago, Risser 1. Right thoracic AIS 48 deg at presentation - beyond range where bracing is effective. Observation with repeat films in 4 mo; discussed likely need for fusion.",
           ortho, typ=("11488-4", "Consult note"), enc=e1, custodian=h)
    e2 = c.enc("2026-10-06", typ=cc(text="Pediatric orthopaedic follow-up"), reason="AIS follow-up", pract=ortho, org=h)
    c.obs(cc((LNC, "36713-1", "XR Spine scoliosis study")), "2026-10-06", vstring="Right thoracic T5-T12 Cobb 54 deg; lumbar 29 deg; Risser 2", cat="imaging", enc=e2)
    growth(c, "2026-10-06", 160.5, 45.8, e2)
    c.proc(cc((CPT, "72141", "MRI spinal canal, cervical, without contrast"), text="MRI whole spine w/o contrast"), "completed", "2026-10-27", performer=h,
           outcome="No syrinx, no Chiari, no tethered cord")
    e3 = c.enc("2026-11-10", typ=cc(text="Pre-surgical consultation"), reason="Spinal fusion planning", pract=ortho, org=h)
    c.note("2026-11-10", "Pre-op discussion",
           "Curve progressed 48 -> 54 deg. Recommend posterior spinal fusion with segmental instrumentation T4-L1. Risks (neuro injury, infection, bleeding, implant failure, adjacent segment) discussed with Emma and mother; consent signed. "
           "Neuromonitoring, cell saver, 2 U type & screen. Surgery date 1/7/2027. Pre-op PT teaching and anesthesia visit 12/17.",
           ortho, enc=e3, custodian=h)
    c.sr(cc((CPT, "22802", "Arthrodesis, posterior, for spinal deformity, with or without cast; 7 to 12 vertebral segments"),
            (SCT, "44337006", "Fusion of spine"), text="Posterior spinal fusion T4-L1 with segmental instrumentation"),
         "active", "order", "2026-11-10", ortho, occurrence="2027-01-07T07:00:00-05:00", reason=ais, performer=h, enc=e3,
         category=cc((SCT, "387713003", "Surgical procedure")))
    c.sr(cc((CPT, "22843", "Posterior segmental instrumentation; 7 to 12 vertebral segments")), "active", "order", "2026-11-10", ortho,
         occurrence="2027-01-07T07:00:00-05:00", reason=ais, enc=e3)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-10", 13.4, "g/dL", low=11.5, high=15.5, enc=e3)
    c.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-11-10", 1.0, "{INR}", low=0.9, high=1.1, enc=e3)


def w_up_pos(c):
    h, mrn = w_magnolia(c)
    go = c.pract("Fairchild", "Meredith", "1093276548", qual="Gynecologic Oncology")
    pal = c.pract("Boudreaux", "Lucien", "1851039472", qual="Hospice and Palliative Medicine")
    pay = c.org("Blue Cross and Blue Shield of Alabama", "1222220303", typ="pay")
    hosp = c.org("Gulf Coast Hospice", "1922083310", city="Mobile", state="AL")
    c.pat("Whitfield", ["Denise", "M"], "female", "1968-10-17", mrn, "MWC-140877", "Daphne", "AL", "9 Bayview Dr", "36526", org=h, marital="M")
    c.coverage(pay, "commercial", "ZAB2291047", "2010-01-01", "BCBS AL PPO")
    ov = c.cond(cc((SCT, "363443007", "Malignant tumor of ovary"), (ICD, "C56.9", "Malignant neoplasm of unspecified ovary")), "2024-03-12",
                note="High-grade serous carcinoma, FIGO IIIC. Germline BRCA1/2 negative, HRD negative.")
    c.cond(cc((ICD, "K56.69", "Other intestinal obstruction"), text="Malignant small bowel obstruction"), "2026-10-05")
    c.cond(cc((ICD, "R18.0", "Malignant ascites")), "2026-09-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2015-01-01")
    for d, v in [("2026-06-16", 88), ("2026-08-25", 214), ("2026-10-06", 611)]:
        c.lab("10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma", d, v, "U/mL", "[arb'U]/mL", 0, 35)
    e1 = c.enc("2026-10-05", "IMP", typ=cc(text="Inpatient admission - gyn oncology"), reason="Small bowel obstruction", pract=go, org=h, end="2026-10-16",
               discharge="Home with home health")
    c.proc(cc((CPT, "49440", "Insertion of gastrostomy tube, percutaneous, under fluoroscopic guidance"), text="Venting gastrostomy"), "completed", "2026-10-12", enc=e1, performer=h)
    c.note("2026-10-16", "Discharge summary",
           "58F with recurrent platinum-resistant HGSOC (dx 2024; carboplatin/paclitaxel + interval debulking 2024; recurrence 4/2025 treated with weekly paclitaxel/bevacizumab then "
           "mirvetuximab - not eligible (FRa low) - liposomal doxorubicin to 8/2026; progression). Admitted with malignant SBO, not a surgical candidate (multiple transition points, carcinomatosis). "
           "Venting G-tube placed. Tolerating sips. Discharged home with home health.", go, typ=("18842-5", "Discharge summary"), enc=e1, custodian=h)
    e2 = c.enc("2026-11-10", typ=cc(text="Gynecologic oncology clinic"), reason="Recurrent ovarian cancer - treatment planning", pract=go, org=h)
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-11-10", vint=3, cat="survey", enc=e2)
    c.note("2026-11-10", "Gynecologic oncology visit",
           "Reviewed CT 11/3: progression of peritoneal disease and ascites. She has progressed through three lines after platinum resistance. ECOG 3, bowel obstruction, not eligible for the phase 1 trials available. "
           "There are no further effective treatment options. Recommended transition to hospice; she and husband agree. Palliative care co-managing symptoms.",
           go, enc=e2, custodian=h)
    cp = c.careplan("Palliative and end-of-life plan", "active", "plan", "2026-11-10", pal,
                    [cc((SCT, "736373009", "End of life care plan")), cc(text="Palliative care")], addresses=[ov],
                    desc="Comfort-focused care. Venting G-tube, octreotide, subcutaneous hydromorphone PRN, home hospice enrollment. DNR.",
                    activities=[(cc((SCT, "385763009", "Hospice care")), "scheduled", "Hospice admission visit")])
    c.sr(cc((SCT, "306205009", "Referral to hospice service"), text="Referral to home hospice"), "active", "order", "2026-11-10", go, reason=ov, performer=hosp, enc=e2)
    c.medstmt(med("7824", "octreotide", "octreotide 100 mcg/mL injection"), "2026-10-10", dosage="100 mcg SC q8h", reason=cc(text="Malignant bowel obstruction"))
    c.medstmt(med("3423", "hydromorphone", "hydromorphone 2 mg/mL injection"), "2026-10-10", dosage="0.5-1 mg SC q3h PRN pain")
    c.medstmt(med("26225", "ondansetron", "ondansetron ODT 8 mg"), "2026-10-10", dosage="8 mg q8h PRN nausea")
    c.add({"resourceType": "Observation", "status": "final", "category": [cc((OBSCAT, "survey", "Survey"))],
           "code": cc((LNC, "75320-2", "Advance directive"), text="Code status"), "subject": c.P, "effectiveDateTime": "2026-11-10",
           "valueCodeableConcept": cc(text="DNR / DNI")}, "obs")


def w_hit_pos(c):
    h, mrn = w_brigid(c)
    go = c.pract("Achterberg", "Lynn", "1720593841", qual="Gynecologic Oncology")
    ro = c.pract("Sato", "Kenji", "1902384756", qual="Radiation Oncology")
    pay = c.org("Nebraska Medicaid - Heritage Health (UnitedHealthcare Community Plan)", "1222220606", typ="pay")
    c.pat("Peña", ["Marisol"], "female", "1995-06-21", mrn, "SBW-1029934", "Council Bluffs", "IA", "1408 Ave B", "51501", org=h, lang=("es", "Spanish"), marital="M")
    c.coverage(pay, "medicaid", "IA00918273", "2026-10-01")
    c.cond(cc((ICD, "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control"), text="GDM (2022 pregnancy)"), "2022-03-01", status="resolved", abate="2022-07-20")
    e1 = c.enc("2026-10-08", typ=cc(text="Colposcopy clinic"), reason="Postcoital bleeding; HSIL Pap", pract=go, org=h)
    c.obs(cc((LNC, "21440-3", "Human papilloma virus 16+18 DNA [Presence] in Cervix by Probe"), text="HPV 16/18"), "2026-09-22",
          vcc=cc((SCT, "10828004", "Positive")), interp="POS")
    c.proc(cc((CPT, "57500", "Biopsy of cervix, single or multiple, or local excision of lesion")), "completed", "2026-10-08", enc=e1, performer=go,
           outcome="Invasive squamous cell carcinoma, moderately differentiated")
    cx = c.cond(cc((SCT, "363354003", "Malignant tumor of cervix"), (ICD, "C53.9", "Malignant neoplasm of cervix uteri, unspecified")), "2026-10-08",
                recorded="2026-10-15", note="FIGO 2018 stage IIB (4.6 cm, left parametrial involvement on MRI), PET: no nodal uptake.")
    c.proc(cc((CPT, "72197", "MRI pelvis without and with contrast")), "completed", "2026-10-20", performer=h, outcome="4.6 cm cervical mass with left parametrial invasion")
    c.proc(cc((CPT, "78815", "PET with concurrently acquired CT; skull base to mid-thigh")), "completed", "2026-10-27", performer=h, outcome="FDG-avid cervical primary, no nodal or distant disease")
    e2 = c.enc("2026-11-04", typ=cc(text="Gynecologic oncology tumor board follow-up"), reason="Cervical cancer stage IIB", pract=go, org=h)
    c.note("2026-11-04", "Gyn oncology note (interpreter used, Spanish)",
           "31F, G2P2, stage IIB cervical SCC. Tumor board: definitive chemoradiation - EBRT 45 Gy/25 fx IMRT with weekly cisplatin 40 mg/m2, followed by HDR brachytherapy 28 Gy/4 fx. "
           "Counselled: permanent loss of fertility and ovarian function (radiation menopause), vaginal stenosis, bowel/bladder effects. Oocyte preservation declined; ovarian transposition declined. Start 12/14.",
           go, enc=e2, custodian=h)
    e3 = c.enc("2026-11-18", typ=cc(text="Radiation oncology consult"), reason="Cervical cancer", pract=ro, org=h)
    c.proc(cc((CPT, "77293", "Respiratory motion management simulation"), text="CT simulation"), "completed", "2026-11-25", performer=ro)
    c.sr(cc((CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"),
            (SCT, "1287742003", "Radiotherapy"), text="Pelvic IMRT 45 Gy in 25 fractions + HDR brachytherapy"),
         "active", "order", "2026-11-18", ro, occurrence="2026-12-14", reason=cx, performer=h, enc=e3)
    c.medreq(med("2555", "cisplatin"), "2026-11-18", go, intent="plan", status="active", dosage="40 mg/m2 IV weekly x 5-6 during EBRT, start 12/14/2026", reason=cx)
    c.careplan("Definitive chemoradiation - cervical cancer", "active", "plan", "2026-12-14", go, [cc((SCT, "736353004", "Oncology care plan"))],
               addresses=[cx], desc="Weekly cisplatin with pelvic IMRT followed by HDR brachytherapy; total ~8 weeks.")
    for loinc, d, v, u, lo, hi in [("718-7", "Hemoglobin [Mass/volume] in Blood", 11.2, "g/dL", 11.7, 15.5),
                                   ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.68, "mg/dL", 0.5, 1.1),
                                   ("777-3", "Platelets [#/volume] in Blood by Automated count", 301, "10*3/uL", 150, 400)]:
        c.lab(loinc, d, "2026-11-18", v, u, low=lo, high=hi, enc=e3)
    c.obs(cc((LNC, "2106-3", "Choriogonadotropin (pregnancy) [Presence] in Urine")), "2026-11-18", vcc=cc((SCT, "260385009", "Negative")), interp="NEG", enc=e3)


def w_hit_nm(c):
    h, mrn = w_lakeshore(c)
    bs = c.pract("Hollander", "Grace", "1336582017", qual="Breast Surgical Oncology / Survivorship")
    pay = c.org("Priority Health", "1222220101", typ="pay")
    c.pat("Lindahl", ["Heather", "J"], "female", "1980-08-08", mrn, "LCW-1190288", "Grandville", "MI", "3390 Wilson Ave", "49418", org=h, marital="M")
    c.coverage(pay, "commercial", "PH55092817", "2012-01-01")
    c.cond(cc((ICD, "Z85.3", "Personal history of malignant neoplasm of breast"), (SCT, "429740004", "History of malignant neoplasm of breast")), "2021-03-02",
           note="L breast IDC pT1bN0 (sn 0/2), ER+/PR+/HER2-, Oncotype RS 12. Lumpectomy 4/2021, WBRT 6/2021, tamoxifen 7/2021-7/2026.")
    c.cond(cc((SCT, "254837009", "Malignant tumor of breast"), (ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")), "2021-03-02",
           status="resolved", abate="2021-06-30")
    c.cond(cc((ICD, "F41.1", "Generalized anxiety disorder")), "2018-01-01", status="active")
    c.proc(cc((CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), text="L partial mastectomy + SLNB"), "completed", "2021-04-13", performer=bs)
    c.proc(cc((CPT, "77412", "Radiation treatment delivery, >=1 MeV; complex"), text="Whole breast RT 40 Gy/15 fx + boost"), "completed", ("2021-05-24", "2021-06-30"), performer=h)
    c.medstmt(med("10324", "tamoxifen", "tamoxifen 20 mg tablet"), "2021-07-06", status="completed", end="2026-07-06", dosage="20 mg daily x 5 yr")
    c.medstmt(med("36437", "sertraline", "sertraline 50 mg tablet"), "2018-01-01", dosage="50 mg daily")
    e1 = c.enc("2026-10-20", typ=cc((CPT, "77067", "Screening mammography, bilateral")), reason="Annual mammogram", org=h)
    c.obs(cc((LNC, "24606-6", "MG Breast Screening"), text="Bilateral mammogram"), "2026-10-20", vstring="Post-lumpectomy changes left. BI-RADS 2 benign.", cat="imaging", interp="N", enc=e1)
    e2 = c.enc("2026-11-03", typ=cc(text="Breast cancer survivorship visit"), reason="5-year survivorship", pract=bs, org=h)
    c.obs(cc(text="Clinical breast exam"), "2026-11-03", vstring="No masses; healed scars; no axillary adenopathy", cat="exam", interp="N", enc=e2)
    c.bp("2026-11-03", 118, 74, e2)
    c.vital("29463-7", "Body weight", "2026-11-03", 68.2, "kg", enc=e2)
    c.lab("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "2026-11-03", 188, "mg/dL", low=0, high=199, enc=e2)
    c.note("2026-11-03", "Survivorship note",
           "5.5 yrs from dx of stage IA L breast cancer treated with lumpectomy, radiation and 5 yrs tamoxifen (completed 7/2026). No evidence of disease. "
           "Extended endocrine therapy discussed - low recurrence score, she declines; I agree. Annual mammogram and exam. No further treatment planned. Transition to PCP-led survivorship.",
           bs, enc=e2, custodian=h)


def w_prc_pos(c):
    h, mrn = w_magnolia(c)
    gp = c.pract("Nguyen", "Bao", "1518293046", qual="General Pediatrics")
    dev = c.pract("Hargrove", "Sylvia", "1689023745", qual="Developmental-Behavioral Pediatrics")
    pay = c.org("Alabama Medicaid", "1222220707", typ="pay")
    c.pat("Alvarez-Ruiz", ["Mateo"], "male", "2023-03-02", mrn, "MWC-880213", "Prichard", "AL", "411 Wilson Ave", "36610", org=h, lang=("en", "English"))
    mom = mother(c, "Ruiz", "Daniela", "251-555-0125")
    c.coverage(pay, "medicaid", "AL551029834", "2023-03-02")
    c.cond(cc((ICD, "H66.90", "Otitis media, unspecified, unspecified ear"), text="Recurrent AOM"), "2024-10-01", status="resolved", abate="2025-03-01")
    e1 = c.enc("2026-03-04", typ=cc((CPT, "99392", "Preventive visit, est, age 1-4")), reason="3-year well child", pract=gp, org=h)
    c.survey(cc((LNC, "72860-0", "Modified Checklist for Autism in Toddlers, Revised [M-CHAT-R]"), text="M-CHAT-R/F total"), "2026-03-04", 5, enc=e1, interp="A")
    growth(c, "2026-03-04", 95.1, 14.2, e1)
    c.obs(cc(text="Speech/language milestones"), "2026-03-04", vstring="~20 words, few 2-word phrases, points to request", cat="exam", enc=e1)
    c.proc(cc((CPT, "92557", "Comprehensive audiometry threshold evaluation and speech recognition"), text="Audiology evaluation"), "completed", "2026-04-02", performer=h,
           outcome="Normal hearing bilaterally")
    e2 = c.enc("2026-09-16", typ=cc(text="Developmental-behavioral pediatrics evaluation"), reason="Language delay, positive M-CHAT", pract=dev, org=h)
    asd = c.cond(cc((SCT, "35919005", "Pervasive developmental disorder"), (ICD, "F84.0", "Autistic disorder"), text="Autism spectrum disorder, level 1"),
                 "2026-09-16", enc=e2, asserter=dev)
    c.note("2026-09-16", "Developmental evaluation",
           "3y6m M with expressive language delay. ADOS-2 Toddler Module: moderate-to-severe concern range. Some reciprocal play and joint attention present. Dx ASD level 1 with language impairment. "
           "Recs: ABA 15 h/wk, speech therapy 2x/wk, early intervention/preschool IEP. Parents disagree with the diagnosis and feel the visit was rushed.",
           dev, typ=("11488-4", "Consult note"), enc=e2, custodian=h)
    c.sr(cc((CPT, "97153", "Adaptive behavior treatment by protocol"), text="ABA therapy 15 h/week"), "on-hold", "order", "2026-09-16", dev, reason=asd, enc=e2,
         note="On hold - family requested to wait.")
    c.sr(cc((CPT, "92507", "Treatment of speech, language, voice, communication, and/or auditory processing disorder")), "active", "order", "2026-09-16", dev, reason=asd)
    e3 = c.enc("2026-11-19", typ=cc(text="Pediatric follow-up"), reason="Follow-up after developmental evaluation", pract=gp, org=h)
    c.add({"resourceType": "QuestionnaireResponse", "status": "completed",
           "questionnaire": "https://magnoliawch.org/fhir/Questionnaire/previsit-family-concerns|2",
           "subject": c.P, "encounter": ref(e3), "authored": "2026-11-18T20:14:00-06:00", "author": ref(mom), "source": ref(mom),
           "item": [
               {"linkId": "1", "text": "Who is completing this form?", "answer": [{"valueCoding": {"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "MTH", "display": "mother"}}]},
               {"linkId": "2", "text": "Since your child's last visit, has anything new worried you?", "answer": [{"valueCoding": {"system": LNC, "code": "LA33-6", "display": "Yes"}}]},
               {"linkId": "3", "text": "Do you feel your concerns were listened to at your child's last specialty visit?", "answer": [{"valueCoding": {"system": LNC, "code": "LA32-8", "display": "No"}}]},
               {"linkId": "4", "text": "Would you like help getting a second opinion about your child's diagnosis or treatment plan?", "answer": [{"valueCoding": {"system": LNC, "code": "LA33-6", "display": "Yes"}}]},
               {"linkId": "5", "text": "Anything else you want us to know?", "answer": [{"valueString": "The autism doctor saw Mateo for less than an hour and he was sick that day. He talks more every week at home. We want another developmental specialist to see him before we start 15 hours of therapy."}]}]},
          "qr")
    growth(c, "2026-11-19", 98.0, 15.1, e3)
    c.note("2026-11-19", "Pediatric note", "Reviewed pre-visit form with mom. She is requesting a second opinion on ASD dx before starting ABA. Continue speech therapy in the meantime. Will help with referral.",
           gp, enc=e3, custodian=h)


def w_prc_nm(c):
    h, mrn = w_brigid(c)
    ob = c.pract("Sandoval", "Isabel", "1447203985", suffix="CNM", prefix=None, qual="Certified Nurse-Midwife")
    pay = c.org("Medica", "1222220404", typ="pay")
    c.pat("Whitaker", ["Jenna", "L"], "female", "1997-02-11", mrn, "SBW-1102377", "Bellevue", "NE", "2201 Hancock St", "68005", org=h, marital="M")
    c.coverage(pay, "commercial", "MED5510923", "2020-01-01")
    c.cond(cc((ICD, "O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled")), "2026-06-10", status="resolved", abate="2026-10-01")
    c.cond(cc((ICD, "O90.81", "Anemia of the puerperium")), "2026-10-02", status="resolved", abate="2026-11-12")
    e0 = c.enc("2026-09-30", "IMP", typ=cc(text="Labor and delivery admission"), reason="Spontaneous labor at 39+2 wk", pract=ob, org=h, end="2026-10-02", discharge="Home")
    c.proc(cc((SCT, "48782003", "Delivery normal"), (CPT, "59400", "Routine obstetric care including antepartum care, vaginal delivery and postpartum care")),
           "completed", "2026-10-01", enc=e0, performer=ob, outcome="Live born female 3390 g, Apgars 8/9; 2nd-degree laceration repaired")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-02", 9.8, "g/dL", low=11.7, high=15.5, enc=e0)
    e1 = c.enc("2026-11-12", typ=cc((CPT, "59430", "Postpartum care only")), reason="6-week postpartum visit", pract=ob, org=h)
    c.survey(cc((LNC, "71354-5", "Edinburgh Postnatal Depression Scale [EPDS]"), text="EPDS total"), "2026-11-12", 5, enc=e1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-12", 12.2, "g/dL", low=11.7, high=15.5, enc=e1)
    c.lab("1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma", "2026-11-12", 88, "mg/dL", low=70, high=99, enc=e1)
    c.bp("2026-11-12", 114, 72, e1)
    c.vital("29463-7", "Body weight", "2026-11-12", 71.4, "kg", enc=e1)
    c.add({"resourceType": "QuestionnaireResponse", "status": "completed",
           "questionnaire": "https://stbrigidwch.org/fhir/Questionnaire/postpartum-visit-intake|3",
           "subject": c.P, "encounter": ref(e1), "authored": "2026-11-12T08:41:00-06:00", "author": c.P, "source": c.P,
           "item": [
               {"linkId": "pp-1", "text": "How are you feeding your baby?", "answer": [{"valueString": "Breastfeeding, some pumped bottles"}]},
               {"linkId": "pp-2", "text": "Do you have any concerns about your birth experience you would like to talk about?", "answer": [{"valueCoding": {"system": LNC, "code": "LA32-8", "display": "No"}}]},
               {"linkId": "pp-3", "text": "Would you like a second opinion or a referral to another provider about any part of your care?", "answer": [{"valueCoding": {"system": LNC, "code": "LA32-8", "display": "No"}}]},
               {"linkId": "pp-4", "text": "Birth control plan", "answer": [{"valueString": "Progestin-only pill"}]}]},
          "qr")
    c.medreq(med("7514", "norethindrone", "norethindrone 0.35 mg tablet"), "2026-11-12", ob, dosage="1 tab daily", category="outpatient", enc=e1)
    c.medstmt(med(text="prenatal multivitamin with iron"), "2026-02-01", dosage="1 tab daily")
    c.note("2026-11-12", "Postpartum visit", "6 wk PP after SVD. Healing well, lochia resolved. EPDS 5. Breastfeeding going well. GDM resolved - fasting glucose 88; 2-h OGTT at 12 wk ordered. Hgb recovered. POP started. No concerns.",
           ob, enc=e1, custodian=h)
    c.sr(cc((LNC, "20436-2", "Glucose [Mass/volume] in Serum or Plasma --2 hours post 75 g glucose PO"), text="75 g 2-h OGTT"), "active", "order", "2026-11-12", ob,
         occurrence="2026-12-22", enc=e1)


def w_wdt_pos(c):
    h, mrn = w_lakeshore(c)
    am = c.pract("Vos", "Hannah", "1629038471", qual="Adolescent Medicine")
    psy = c.pract("Barrera", "Luis", "1285930176", suffix="LMSW", prefix=None, qual="Clinical Social Worker (CBT)")
    pay = c.org("Blue Cross Blue Shield of Michigan", "1222220505", typ="pay")
    c.pat("Pettersen", ["Noah", "J"], "male", "2010-05-27", mrn, "LCW-2840019", "Kentwood", "MI", "4820 Eastern Ave SE", "49508", org=h)
    mother(c, "Pettersen", "Karin", "616-555-0191")
    c.coverage(pay, "commercial", "XYZ770192834-03", "2010-06-01")
    mdd = c.cond(cc((SCT, "370143000", "Major depressive disorder"), (ICD, "F32.1", "Major depressive disorder, single episode, moderate")), "2026-03-01", recorded="2026-04-20")
    c.cond(cc((ICD, "S06.0X0A", "Concussion without loss of consciousness"), text="Concussion (hockey)"), "2025-01-18", status="resolved", abate="2025-02-20")
    c.medreq(med("4493", "fluoxetine", "fluoxetine 20 mg capsule"), "2026-04-20", am, dosage="10 mg daily x 2 wk, then 20 mg daily; increased to 40 mg daily 2026-07-13",
             reason=mdd, category="outpatient", note="Refilled monthly; pharmacy fill history continuous Apr-Nov 2026.")
    c.sr(cc((CPT, "90837", "Psychotherapy, 60 minutes with patient"), text="Weekly individual CBT"), "active", "order", "2026-04-20", am, reason=mdd, performer=psy)
    scores = [("2026-04-20", 13), ("2026-06-15", 15), ("2026-07-13", 16), ("2026-09-14", 19), ("2026-11-09", 22)]
    for d, s in scores:
        e = c.enc(d, typ=cc(text="Adolescent medicine follow-up"), reason="Depression follow-up", pract=am, org=h)
        c.survey(cc((LNC, "89204-2", "Patient Health Questionnaire-9: Modified for Teens total score [Reported.PHQ.Teen]"), text="PHQ-A total"), d, s, enc=e)
        if d == "2026-11-09":
            c.obs(cc((LNC, "93373-9", "Columbia Suicide Severity Rating Scale screener"), text="C-SSRS screener"), d, vstring="Passive death wish in past month; no plan, no intent, no behavior",
                  cat="survey", enc=e)
            c.note(d, "Adolescent medicine note",
                   "16yo M, MDD since spring. On fluoxetine since 4/20 (40 mg since July), weekly CBT since April with good attendance (26 sessions). "
                   "PHQ-A has risen 13 -> 15 -> 16 -> 19 -> 22 despite treatment. Grades falling, quit hockey. C-SSRS: passive ideation, no plan. Safety plan updated, firearms locked per parents. "
                   "Worsening depression despite an adequate SSRI trial and psychotherapy.", am, enc=e, custodian=h)
    c.note("2026-09-14", "CBT progress note", "Attending weekly; engaged but reports more hopelessness, early waking, less appetite. Homework partially completed.", psy, custodian=h)


def w_wdt_nm(c):
    h, mrn = w_magnolia(c)
    ob = c.pract("LeBlanc", "Monique", "1669302847", qual="Obstetrics and Gynecology")
    pay = c.org("Blue Cross and Blue Shield of Alabama", "1222220303", typ="pay")
    c.pat("Abernathy", ["Rachel", "C"], "female", "1993-04-18", mrn, "MWC-601834", "Saraland", "AL", "15 Celeste Rd", "36571", org=h, marital="M")
    c.coverage(pay, "commercial", "ZAB6610293", "2019-01-01")
    e0 = c.enc("2026-03-14", "IMP", typ=cc(text="Labor and delivery admission"), reason="Term labor", pract=ob, org=h, end="2026-03-16", discharge="Home")
    c.proc(cc((CPT, "59510", "Routine obstetric care including antepartum care, cesarean delivery, and postpartum care")), "completed", "2026-03-15", enc=e0, performer=ob,
           outcome="Live born male, CS for arrest of dilation")
    ppd = c.cond(cc((SCT, "58703003", "Postpartum depression"), (ICD, "F53.0", "Postpartum depression")), "2026-04-10", recorded="2026-04-28")
    c.medstmt(med("36437", "sertraline", "sertraline 50 mg tablet"), "2026-04-28", status="stopped", end="2026-06-20", dosage="50 mg daily", reason=ppd,
              note="Pt stopped on her own ~6/20 - worried about baby being exposed via breast milk. Reported at 7/28 visit.")
    scores = [("2026-04-28", 14), ("2026-06-02", 9), ("2026-07-28", 13), ("2026-09-22", 17), ("2026-11-10", 19)]
    for d, s in scores:
        e = c.enc(d, typ=cc(text="OB/GYN follow-up"), reason="Postpartum depression follow-up", pract=ob, org=h)
        c.survey(cc((LNC, "71354-5", "Edinburgh Postnatal Depression Scale [EPDS]")), d, s, enc=e)
        if d == "2026-07-28":
            c.note(d, "OB follow-up", "Stopped sertraline about 5 weeks ago due to breastfeeding worries. EPDS 13. Reviewed safety of sertraline in lactation; she wants to try without meds, therapy referral given. Item 10 = 0.",
                   ob, enc=e, custodian=h)
        if d == "2026-11-10":
            c.note(d, "OB follow-up", "EPDS 19, item 10 = 0. Off medication since June; never started therapy (waitlist). Agrees to restart sertraline; warm handoff to perinatal behavioral health.",
                   ob, enc=e, custodian=h)
            c.medreq(med("36437", "sertraline", "sertraline 50 mg tablet"), d, ob, dosage="25 mg daily x 7 d, then 50 mg daily", reason=ppd, enc=e, category="outpatient")
            c.sr(cc(text="Referral to perinatal behavioral health"), "active", "order", d, ob, reason=ppd, enc=e)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-07-28", 1.9, "m[IU]/L", low=0.4, high=4.0)


def w_roc_pos(c):
    h, mrn = w_brigid(c)
    endo = c.pract("Pfeiffer", "Dana", "1366029184", qual="Pediatric Endocrinology")
    car = c.pract("Adeyemi", "Tunde", "1790284653", qual="Pediatric Cardiology")
    pay = c.org("Blue Cross and Blue Shield of Nebraska", "1222220808", typ="pay")
    c.pat("Harrington", ["Olivia", "R"], "female", "2015-08-19", mrn, "SBW-0655120", "Lincoln", "NE", "6220 Vine St", "68505", org=h)
    mother(c, "Harrington", "Beth", "402-555-0117")
    c.coverage(pay, "commercial", "NEB77102934-02", "2015-09-01")
    ts = c.cond(cc((SCT, "38804009", "Turner syndrome"), (ICD, "Q96.0", "Karyotype 45, X")), "2021-05-11", asserter=endo,
                note="Dx age 5 for short stature; karyotype 45,X (30 cells).")
    c.cond(cc((SCT, "72352009", "Bicuspid aortic valve"), (ICD, "Q23.81", "Bicuspid aortic valve")), "2021-06-01", asserter=car)
    c.cond(cc((SCT, "204949001", "Horseshoe kidney"), (ICD, "Q63.1", "Lobulated, fused and horseshoe kidney")), "2021-06-15")
    c.cond(cc((ICD, "H65.90", "Unspecified nonsuppurative otitis media, unspecified ear"), text="Otitis media with effusion, s/p tubes"), "2019-01-01", status="resolved", abate="2022-01-01")
    c.medreq(med("61148", "somatropin", "somatropin 10 mg/1.5 mL pen (Norditropin)"), "2026-09-02", endo, dosage="0.35 mg/kg/week SC divided 7 days", reason=ts, category="outpatient")
    for d, ht, wt in [("2026-03-03", 131.8, 30.1), ("2026-09-02", 134.9, 31.4)]:
        e = c.enc(d, typ=cc(text="Pediatric endocrinology follow-up"), reason="Turner syndrome, GH therapy", pract=endo, org=h)
        growth(c, d, ht, wt, e)
        c.lab("2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma", d, 318 if d == "2026-09-02" else 296, "ng/mL", low=105, high=432, enc=e)
    c.obs(cc(text="Height velocity"), "2026-09-02", 6.2, "cm/a", "cm/a", cat="vital-signs")
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-09-02", 2.8, "m[IU]/L", low=0.6, high=4.8)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-09-02", 5.2, "%", low=4.0, high=5.6)
    e3 = c.enc("2026-10-14", typ=cc(text="Pediatric cardiology follow-up"), reason="Bicuspid aortic valve, Turner syndrome", pract=car, org=h)
    c.obs(cc(text="Ascending aorta Z-score (echo)"), "2026-10-14", vstring="1.4 (aortic size index 1.6 cm/m2) - stable", cat="imaging", enc=e3)
    c.bp("2026-10-14", 104, 62, e3)
    c.note("2026-10-14", "Pediatric cardiology note", "11yo with Turner syndrome and BAV, mild AS (peak 18 mmHg), no coarctation. Ascending aorta stable. Cardiac MRI at age 12-13. Annual echo.",
           car, typ=("11488-4", "Consult note"), enc=e3, custodian=h)
    c.note("2026-09-02", "Pediatric endocrinology note",
           "Turner syndrome (45,X) on GH since 2021, HV 6.2 cm/y. Will discuss estrogen induction at 12 if no spontaneous puberty (LH/FSH elevated). Annual TSH, A1c, LFTs, celiac screen; audiology and renal US as scheduled. "
           "Transition-of-care and multidisciplinary Turner clinic.", endo, custodian=h)
    c.lab("15067-2", "Follitropin [Units/volume] in Serum or Plasma", "2026-09-02", 68, "m[IU]/mL", low=0.4, high=6.0)


def w_roc_nm(c):
    h, mrn = w_lakeshore(c)
    gyn = c.pract("Osei", "Abena", "1558029364", qual="Pediatric and Adolescent Gynecology")
    pay = c.org("Michigan Medicaid - Meridian", "1222220909", typ="pay")
    c.pat("Desrosiers", ["Chloe", "A"], "female", "2009-11-30", mrn, "LCW-2201945", "Wyoming", "MI", "55 36th St SW", "49548", org=h)
    c.coverage(pay, "medicaid", "MI0039281042", "2019-01-01")
    e1 = c.enc("2026-02-17", typ=cc(text="Adolescent gynecology new patient"), reason="Irregular periods, facial hair", pract=gyn, org=h)
    pcos = c.cond(cc((SCT, "69878008", "Polycystic ovaries"), (ICD, "E28.2", "Polycystic ovarian syndrome"), text="Polycystic ovary syndrome"),
                  "2026-02-17", recorded="2026-03-10", enc=e1, asserter=gyn)
    c.cond(cc((ICD, "L70.0", "Acne vulgaris")), "2023-01-01")
    c.cond(cc((ICD, "E66.9", "Obesity, unspecified"), text="Obesity, BMI 95th percentile+"), "2022-01-01")
    growth(c, "2026-02-17", 163.0, 82.4, e1, bmi=31.0)
    c.lab("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "2026-02-17", 68, "ng/dL", low=7, high=45, enc=e1)
    c.lab("1668-3", "17-Hydroxyprogesterone [Mass/volume] in Serum or Plasma", "2026-02-17", 62, "ng/dL", low=0, high=200, enc=e1,
          note="Early follicular; excludes nonclassic CAH")
    c.lab("2842-3", "Prolactin [Mass/volume] in Serum or Plasma", "2026-02-17", 11, "ng/mL", low=3, high=27, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-02-17", 2.1, "m[IU]/L", low=0.5, high=4.3, enc=e1)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-02-17", 5.5, "%", low=4.0, high=5.6, enc=e1)
    c.proc(cc((CPT, "76856", "Ultrasound, pelvic (nonobstetric), real time with image documentation; complete")), "completed", "2026-02-24", performer=h,
           outcome="Bilateral ovaries enlarged (12 and 13 mL) with >20 peripheral follicles")
    e2 = c.enc("2026-03-10", typ=cc(text="Adolescent gynecology follow-up"), reason="PCOS results", pract=gyn, org=h)
    c.note("2026-03-10", "Adolescent gynecology note",
           "16yo with oligomenorrhea since menarche (4 cycles/yr), hirsutism (mFG 12), elevated total testosterone, normal 17-OHP, prolactin and TSH. Meets criteria for PCOS. "
           "Common endocrine condition. Start combined OCP; lifestyle/nutrition referral; consider metformin if A1c rises. Screen mood and OSA symptoms annually.",
           gyn, enc=e2, custodian=h)
    c.medreq(med(text="norgestimate 0.25 mg / ethinyl estradiol 0.035 mg tablet"), "2026-03-10", gyn, dosage="1 tab daily", reason=pcos, category="outpatient")
    e3 = c.enc("2026-09-15", typ=cc(text="Adolescent gynecology follow-up"), reason="PCOS", pract=gyn, org=h)
    growth(c, "2026-09-15", 163.4, 80.9, e3, bmi=30.3)
    c.bp("2026-09-15", 116, 70, e3)
    c.note("2026-09-15", "Adolescent gynecology note", "Monthly withdrawal bleeds on OCP, hirsutism slowly improving, acne better. PHQ-A 3. Continue.", gyn, enc=e3, custodian=h)
