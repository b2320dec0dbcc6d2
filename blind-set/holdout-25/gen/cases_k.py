from quick import *
from cases_m import case, CASES

MCD = ("CareSource Ohio Medicaid", "MCD:Ohio Medicaid Managed Care", "OH10988221", "child")


def kid(cid, site, fam, given, sex, dob, mrn, addr, pracs, parent, cov):
    return base(cid, "K", site, fam, given, sex, dob, mrn, addr, pracs, cov=cov, parent=parent)


def growth(b, d, wt, ht, bmi, pct, enc=None):
    b.vital("wt", d, wt, enc); b.vital("ht", d, ht, enc); b.vital("bmi", d, bmi, enc); b.vital("bmipct", d, pct, enc)


@case("k_syncope", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Recurrent syncope recorded at four visits from July to November 2026 (17 weeks) with normal ECG, labs, orthostatics, echo, 14-day monitor and EEG, and no diagnosis made.",
      "14-year-old girl with recurrent fainting over 4 months; all studies normal, no cause found")
def k_syncope(cid):
    b, org, (pcp, np_), rp = kid(cid, "riverbend", "Tran", ["Emily", "Ngoc"], "female", "2012-03-27", "RCP-220193",
                                home("4102 Grove Ave", "Richmond", "VA", "23221"), [("Patel", ["Sunita"], "Dr.", None, "MD, Pediatrics"), ("Barnes", ["Keisha"], "", None, "CPNP, Tuckahoe Middle School Health Center")],
                                ("MTH", "mother", "Tran", ["Linh"], "804-555-0121"), ("Anthem HealthKeepers", "HMO:Anthem HealthKeepers (parent employer)", "VAH88120044", "child"))
    sy = S("271594007", "Syncope", "R55", "Syncope and collapse")
    b.cond(S("35919005", "Pervasive developmental disorder", text="(none)") if False else I("J30.2", "Other seasonal allergic rhinitis"), "2019-04-01")
    ed = b.enc("2026-07-06", "Emergency department visit", cls="EMER", org=org, reason="Syncope at band camp")
    b.cond(sy, "2026-07-06", cat="encounter-diagnosis", enc=ed)
    b.obs(L("11524-6", "EKG study"), "2026-07-06", value_str="Sinus rhythm 78, QTc 412 ms, no pre-excitation, no Brugada pattern.", cat="procedure", interp="N", enc=ed)
    lab(b, "2026-07-06", "2345-7", "Glucose [Mass/volume] in Serum or Plasma", 91, "mg/dL", 70, 99, "N", ed)
    lab(b, "2026-07-06", "718-7", "Hemoglobin [Mass/volume] in Blood", 13.1, "g/dL", 11.5, 15.5, "N", ed)
    b.obs(L("2106-3", "Choriogonadotropin (pregnancy test) [Presence] in Urine") if False else L("2106-3", "Choriogonadotropin [Presence] in Urine"), "2026-07-06", value_cc=cc((SCT, "260385009", "Negative")), interp="NEG", enc=ed)
    e2 = visit(b, "2026-07-15", org, pcp, "ED follow-up - syncope")
    b.cond(sy, "2026-07-06", recorded="2026-07-15", recorder=pcp)
    b.cond(sy, "2026-07-06", cat="encounter-diagnosis", enc=e2, recorded="2026-07-15")
    b.obs({"text": "Orthostatic vital signs"}, "2026-07-15", value_str="Supine HR 72 BP 108/66; standing 10 min HR 88 BP 104/68. No orthostatic hypotension, HR rise < 40.", cat="vital-signs", interp="N", enc=e2)
    b.obs(L("10230-1", "Left ventricular Ejection fraction"), "2026-08-18", 64, "%", low=55, high=75, interp="N", cat="imaging", note="Pediatric echo: structurally normal heart, normal coronary origins.")
    b.obs({"text": "Ambulatory ECG monitor, 14 days"}, "2026-09-02", value_str="Sinus rhythm throughout, no arrhythmia. One patient-triggered presyncope event: sinus rhythm 92.", cat="procedure", interp="N")
    e3 = visit(b, "2026-09-22", org, np_, "Fainted in gym class", code="99213", disp="Office or other outpatient visit, established patient")
    b.cond(sy, "2026-07-06", cat="encounter-diagnosis", enc=e3, recorded="2026-09-22")
    b.obs(L("11523-8", "EEG study") if False else {"text": "EEG, awake and asleep"}, "2026-10-14", value_str="Normal awake and drowsy EEG.", cat="procedure", interp="N")
    e4 = visit(b, "2026-11-03", org, pcp, "Recurrent syncope")
    b.cond(sy, "2026-07-06", cat="encounter-diagnosis", enc=e4, recorded="2026-11-03")
    b.note("2026-11-03", "Pediatric follow-up", """
14 y/o F with 5 syncopal episodes since July (band camp, gym, church, school hallway x2). Brief LOC, no incontinence, no tongue biting, quick recovery. Some episodes while seated.
ECG, labs, orthostatics, echo, 14-day monitor and EEG all normal. No cause identified.
Discussed with mom that workup so far is reassuring. Hydration 2 L/day, salt liberalization, counter-pressure maneuvers. School nurse note for water bottle. RTC 2 months.""", author=pcp, enc=e4)
    b.comm("2026-10-30", f"RelatedPerson/{rp.split('/')[1]}", f"Practitioner/{pcp.split('/')[1]}", "Emily fainted again at school today in the hallway. The nurse said she was out for maybe 20 seconds. Do we need to do anything else?", cat=cc(text="Parent portal message"))
    b.imm("165", "Human Papillomavirus 9-valent vaccine", "2025-04-02", "HP9912A")
    b.imm("114", "meningococcal polysaccharide (groups A, C, Y and W-135) diphtheria toxoid conjugate vaccine (MCV4P)", "2023-04-03", "MN1120A")
    return b


@case("k_limp_resolved", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "Limp and hip pain on three visits over only 3 weeks, diagnosed as transient synovitis (ultrasound effusion) and fully resolved - short duration and explained.",
      "6-year-old with limp after a cold, transient synovitis, resolved in 4 weeks")
def k_limp_resolved(cid):
    b, org, (pcp,), rp = kid(cid, "prairie", "Schroeder", ["Mason"], "male", "2020-02-18", "PSP-1029933",
                            home("1420 N Rock Rd", "Wichita", "KS", "67206"), [("Kline", ["Brandon"], "Dr.", None, "MD, Pediatrics")],
                            ("FTH", "father", "Schroeder", ["Tyler"], "316-555-0184"), ("KanCare - Sunflower Health Plan", "MCD:KanCare", "KC77120339", "child"))
    limp = S("16973004", "Limping", "R26.89", "Other abnormalities of gait and mobility")
    b.cond(limp, "2026-10-08", status="resolved", abate="2026-11-06", recorded="2026-10-09", recorder=pcp)
    ts = b.cond(S("21652009", "Transient synovitis of hip", "M67.351", "Transient synovitis, right hip"), "2026-10-16", status="resolved", abate="2026-11-06", recorder=pcp)
    b.cond(I("J06.9", "Acute upper respiratory infection, unspecified"), "2026-10-01", status="resolved", abate="2026-10-10")
    for d in ("2026-10-09", "2026-10-16", "2026-10-30"):
        e = visit(b, d, org, pcp, "Limp / right hip pain", code="99213", disp="Office or other outpatient visit, established patient")
        b.cond(limp, "2026-10-08", cat="encounter-diagnosis", enc=e, recorded=d, status="resolved", abate="2026-11-06")
        b.vital("temp", d, 36.9, e)
    lab(b, "2026-10-09", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", 8.2, "10*3/uL", 5.0, 14.5, "N")
    lab(b, "2026-10-09", "4537-7", "Erythrocyte sedimentation rate by Westergren method", 12, "mm/h", 0, 20, "N")
    lab(b, "2026-10-09", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", 0.6, "mg/dL", 0, 1.0, "N")
    b.obs(L("37618-6", "XR Hip Right 2 Views") if False else {"text": "XR pelvis AP and frog-leg lateral"}, "2026-10-09", value_str="No fracture, no slipped epiphysis, no Perthes changes.", cat="imaging", interp="N")
    b.obs({"text": "US right hip"}, "2026-10-16", value_str="Small right hip joint effusion, no synovial thickening.", cat="imaging", interp="A")
    b.note("2026-10-30", "Pediatric follow-up", """
6 y/o with R hip pain/limp starting 10/8, one week after URI. Afebrile throughout. Normal CBC/ESR/CRP and pelvis films; US 10/16 small effusion -> transient synovitis.
Today walking normally, full ROM, no pain. Ibuprofen stopped. Dad to call if recurrence.""", author=pcp)
    b.medreq(R("197803", "ibuprofen 100 MG/5ML Oral Suspension") if False else cc(text="ibuprofen 100 mg/5 mL oral suspension"), "2026-10-09", status="completed", dose="10 mL q6-8h PRN x 7-10 days", reason=ts)
    b.imm("94", "measles, mumps, rubella, and varicella virus vaccine (MMRV)", "2024-03-01", "MR7720B")
    b.imm("130", "DTaP-IPV", "2024-03-01", "DP5512C")
    b.vital("wt", "2026-10-09", 21.4)
    return b


@case("k_growing_pains", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "'Growing pains' label active since June while leg pain now wakes the child nightly with limp, low-grade fevers and pallor; the new CBC shows pancytopenia and high LDH, which the label cannot explain.",
      "8-year-old labelled 'growing pains' for 6 months; night pain, fevers, pallor and pancytopenia")
def k_growing_pains(cid):
    b, org, (pcp, np_), rp = kid(cid, "brightpath", "Hollister", ["Caleb", "J"], "male", "2018-05-09", "BPN-0771290",
                                home("2874 Sunbury Rd", "Columbus", "OH", "43219"), [("Obi", ["Chinedu"], "Dr.", None, "MD, Pediatrics"), ("Keller", ["Amy"], "", None, "CPNP, Linden Elementary School-Based Health Center")],
                                ("MTH", "mother", "Hollister", ["Brittany"], "614-555-0192"), MCD)
    gp = b.cond(I("M79.606", "Pain in leg, unspecified", text="Growing pains"), "2026-06-10", recorder=pcp)
    b.cond(S("195967001", "Asthma", "J45.20", "Mild intermittent asthma, uncomplicated"), "2022-01-01")
    for d, why, t in [("2026-06-10", "Leg pain at night", 36.8), ("2026-09-15", "Leg pains again, waking at night", 37.9), ("2026-11-16", "Leg pain every night, limping, tired, pale", 38.1)]:
        e = visit(b, d, org, pcp if d != "2026-09-15" else np_, why, code="99213", disp="Office or other outpatient visit, established patient")
        b.cond(cc((ICD, "M79.606", "Pain in leg, unspecified"), text="Growing pains"), "2026-06-10", cat="encounter-diagnosis", enc=e, recorded=d)
        b.vital("temp", d, t, e)
    b.vital("wt", "2026-06-10", 27.2); b.vital("wt", "2026-11-16", 25.9)
    lab(b, "2026-06-10", "718-7", "Hemoglobin [Mass/volume] in Blood", 12.6, "g/dL", 11.5, 15.5)
    c = [lab(b, "2026-11-16", "718-7", "Hemoglobin [Mass/volume] in Blood", 9.4, "g/dL", 11.5, 15.5, "L"),
         lab(b, "2026-11-16", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", 3.1, "10*3/uL", 4.5, 13.5, "L"),
         lab(b, "2026-11-16", "751-8", "Neutrophils [#/volume] in Blood by Automated count", 0.8, "10*3/uL", 1.5, 8.0, "L"),
         lab(b, "2026-11-16", "777-3", "Platelets [#/volume] in Blood by Automated count", 96, "10*3/uL", 150, 450, "L")]
    b.dr(L("58410-2", "CBC panel - Blood by Automated count"), "2026-11-16", c, "Pancytopenia. Smear sent for pathologist review.")
    lab(b, "2026-11-16", "2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", 612, "U/L", 150, 300, "H")
    b.note("2026-11-16", "Pediatric sick visit", """
8 y/o with bilateral leg pains since June, previously felt c/w growing pains. Now waking nightly, mom reports limp in the mornings, tired, 'looks pale', low-grade temps last 2 weeks, weight down 1.3 kg.
Exam: pallor, few petechiae on shins, no hepatosplenomegaly appreciated, bony tenderness distal femurs.
A: Leg pain - growing pains. CBC today: Hgb 9.4, WBC 3.1, ANC 0.8, plt 96; LDH 612. Smear pending.
P: Tylenol/ibuprofen PRN, heating pad. Will call family with smear result; recheck CBC in 2-4 weeks.""", author=pcp)
    b.medreq(R("745679", "albuterol 90 MCG/ACTUAT Metered Dose Inhaler"), "2022-01-01", dose="2 puffs q4h PRN")
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-05", "FL3381D")
    return b


@case("k_spinal_fusion", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Posterior spinal fusion T4-L1 for progressive adolescent idiopathic scoliosis (CPT 22802/22843) in Procedure status 'preparation' with an active order for 2027-01-26; not yet performed.",
      "14-year-old with progressive idiopathic scoliosis despite bracing; posterior spinal fusion scheduled January")
def k_spinal_fusion(cid):
    b, org, (pcp, ortho), rp = kid(cid, "prairie", "Lindahl", ["Sophie", "R"], "female", "2012-08-14", "PSP-0881205",
                                  home("4530 E 21st St N", "Wichita", "KS", "67208"), [("Kline", ["Brandon"], "Dr.", None, "MD, Pediatrics"), ("Varga", ["Andras"], "Dr.", None, "MD, Pediatric Orthopaedic Surgery")],
                                  ("MTH", "mother", "Lindahl", ["Karen"], "316-555-0143"), ("Blue Cross and Blue Shield of Kansas", "PPO:BCBSKS Comprehensive Major Medical", "KSB3308812", "child"))
    hosp = b.org("Wesley Children's Hospital - Pediatric Orthopaedics", typ="prov")
    sc = b.cond(S("203646004", "Idiopathic scoliosis", "M41.125", "Adolescent idiopathic scoliosis, thoracolumbar region"), "2024-11-01", recorder=ortho)
    b.cond(I("L70.0", "Acne vulgaris"), "2025-06-01")
    for d, cobb in [("2025-05-20", 34), ("2025-11-18", 41), ("2026-05-19", 47), ("2026-11-10", 53)]:
        b.obs({"text": "Scoliosis radiograph - main thoracic Cobb angle"}, d, cobb, "deg", cat="imaging", interp="A", note="PA/lateral standing scoliosis films")
    b.sr(cc(text="Boston TLSO brace, 18-20 h/day"), "2024-12-01", status="completed", requester=ortho, reason=sc)
    e = b.enc("2026-11-10", "Pediatric orthopaedic surgery consultation", org=hosp, pract=ortho, reason="Progressive scoliosis despite bracing")
    s = b.sr(cc((CPT, "22802", "Arthrodesis, posterior, for spinal deformity, with or without cast; 7 to 12 vertebral segments"), (SCT, "44337006", "Spinal fusion"),
                text="Posterior spinal fusion T4-L1 with segmental instrumentation"), "2026-11-10", occ="2027-01-26T07:00:00-06:00", requester=ortho, performer=hosp, reason=sc, enc=e)
    b.sr(cc((CPT, "22843", "Posterior segmental instrumentation; 7 to 12 vertebral segments")), "2026-11-10", occ="2027-01-26T07:00:00-06:00", requester=ortho, reason=sc)
    b.proc(cc((CPT, "22802", "Arthrodesis, posterior, for spinal deformity, with or without cast; 7 to 12 vertebral segments"), text="Posterior spinal fusion T4-L1"), status="preparation", based_on=s, reason=sc, performer=ortho)
    b.note("2026-11-10", "Pediatric orthopaedics consult", """
14 y/o F, AIS right thoracic curve progressed 34 -> 53 deg despite Boston brace (good compliance per sensor). Risser 3.
Recommend PSF T4-L1 with pedicle screw instrumentation, neuromonitoring. Surgery 1/26/2027. Pre-op: CBC, type & screen, MRI whole spine, PFTs. Consent discussed with patient and mother.""", author=ortho, enc=e, typ=("11488-4", "Consult note"))
    e2 = visit(b, "2026-11-20", org, pcp, "Pre-operative clearance", code="99214", disp="Office or other outpatient visit, established patient")
    growth(b, "2026-11-20", 48.5, 162.0, 18.5, 38, e2)
    lab(b, "2026-11-20", "718-7", "Hemoglobin [Mass/volume] in Blood", 13.4, "g/dL", 11.5, 15.5, "N", e2)
    b.imm("165", "Human Papillomavirus 9-valent vaccine", "2024-08-20", "HP1193B")
    b.imm("115", "Tdap", "2023-08-21", "TD2218C")
    return b


@case("k_tubes_minor", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "Bilateral tympanostomy tube insertion (CPT 69436) for recurrent otitis media is scheduled - a minor procedure, not a major or invasive operation.",
      "2-year-old with recurrent acute otitis media; ear tubes scheduled")
def k_tubes_minor(cid):
    b, org, (pcp, ent), rp = kid(cid, "brightpath", "Ramos", ["Mateo"], "male", "2024-06-21", "BPN-1120487",
                                home("1688 Parsons Ave", "Columbus", "OH", "43207"), [("Obi", ["Chinedu"], "Dr.", None, "MD, Pediatrics"), ("Lowell", ["Diane"], "Dr.", None, "MD, Pediatric Otolaryngology")],
                                ("MTH", "mother", "Ramos", ["Gabriela"], "614-555-0137"), MCD)
    aom = b.cond(S("448813005", "Recurrent acute otitis media", "H66.93", "Otitis media, unspecified, bilateral", text="Recurrent acute otitis media, 6 episodes in 12 months"), "2025-11-01", recorder=pcp)
    for d in ("2025-11-20", "2026-01-14", "2026-03-02", "2026-05-11", "2026-09-28", "2026-10-26"):
        e = visit(b, d, org, pcp, "Ear pain, fever", code="99213", disp="Office or other outpatient visit, established patient")
    b.medreq(R("308182", "amoxicillin 400 MG/5ML Oral Suspension") if False else cc(text="amoxicillin-clavulanate 600-42.9 mg/5 mL suspension"), "2026-10-26", status="completed", dose="90 mg/kg/day div BID x 10 days", reason=aom)
    b.obs({"text": "Tympanometry"}, "2026-11-09", value_str="Type B bilaterally (flat).", cat="procedure", interp="A")
    e2 = b.enc("2026-11-09", "Pediatric ENT consultation", org=org, pract=ent, reason="Recurrent AOM")
    b.sr(cc((CPT, "69436", "Tympanostomy (requiring insertion of ventilating tube), general anesthesia"), text="Bilateral myringotomy with tympanostomy tubes"), "2026-11-09", occ="2026-12-16T07:30:00-05:00", requester=ent, reason=aom, enc=e2,
         note="Outpatient, ~15 min, mask anesthesia.")
    b.note("2026-11-09", "ENT consult", "2 y/o with 6 AOM episodes in 12 months, bilateral effusion today. Plan BMT (bilateral tubes) 12/16, outpatient surgery center. Ciprofloxacin-dexamethasone drops post-op.", author=ent, enc=e2)
    growth(b, "2026-10-26", 12.8, 88.0, 16.5, 52)
    b.obs({"text": "ASQ-3 (24 month) - communication domain"}, "2026-06-25", 45, "{score}", cat="survey", interp="N", note="Above cutoff in all domains.")
    for cvx, disp, d in [("20", "DTaP", "2025-10-01"), ("03", "MMR", "2025-06-25"), ("21", "varicella", "2025-06-25"), ("83", "hepatitis A, pediatric/adolescent, 2 dose", "2025-12-30")]:
        b.imm(cvx, disp, d, "LT" + d.replace("-", "")[2:])
    return b


@case("k_molluscum", "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "Note says no treatment is needed for molluscum contagiosum because it resolves on its own - a benign self-limited condition, not an untreatable prognosis; no palliative plan.",
      "7-year-old with molluscum contagiosum and eczema; watchful waiting, 'no treatment needed'")
def k_molluscum(cid):
    b, org, (pcp,), rp = kid(cid, "riverbend", "Okafor", ["Amara"], "female", "2019-09-03", "RCP-331870",
                            home("2211 Hanover Ave", "Richmond", "VA", "23220"), [("Patel", ["Sunita"], "Dr.", None, "MD, Pediatrics")],
                            ("MTH", "mother", "Okafor", ["Ifeoma"], "804-555-0155"), ("Virginia Medicaid - Anthem HealthKeepers Plus", "MCD:Cardinal Care", "VA20019384", "child"))
    mc = b.cond(S("40070004", "Molluscum contagiosum", "B08.1", "Molluscum contagiosum"), "2026-09-01", recorder=pcp)
    b.cond(S("24079001", "Atopic dermatitis", "L20.9", "Atopic dermatitis, unspecified"), "2020-02-01")
    b.cond(I("H66.90", "Otitis media, unspecified, unspecified ear"), "2025-12-01", status="resolved", abate="2025-12-12")
    e = visit(b, "2026-10-13", org, pcp, "Bumps on trunk and arms", code="99213", disp="Office or other outpatient visit, established patient")
    b.obs({"text": "Skin exam"}, "2026-10-13", value_str="~20 pearly umbilicated 2-3 mm papules on trunk and antecubital fossae, mild surrounding eczema.", cat="exam", enc=e)
    b.note("2026-10-13", "Pediatric visit", """
7 y/o with molluscum contagiosum x 6 weeks, ~20 lesions. Discussed natural history: lesions clear on their own over 6-18 months. No treatment is needed; curettage/cantharidin not recommended given age and number.
Avoid scratching/shaving, no shared towels, may attend school and swim (cover lesions). Treat surrounding eczema with triamcinolone 0.1% BID x 7 days and emollients. RTC PRN or if lesions look infected.""", author=pcp, enc=e)
    b.medreq(cc(text="triamcinolone acetonide 0.1% topical cream"), "2026-10-13", dose="Apply thin layer BID to eczema patches x 7 days")
    b.medreq(cc(text="petrolatum-based emollient ointment"), "2020-02-01", dose="Apply BID")
    growth(b, "2026-10-13", 23.1, 122.4, 15.4, 48, e)
    e2 = visit(b, "2026-08-28", org, pcp, "Well child 6-7 years", code="99393", disp="Periodic preventive medicine, established patient, 5-11 years")
    b.obs({"text": "Vision screening (Snellen)"}, "2026-08-28", value_str="20/20 OU", cat="exam", interp="N", enc=e2)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-13", "FL4412E")
    return b


PEDSQL = ("https://fhir.prairieskypeds.example.org/CodeSystem/local-surveys", "PEDSQL4-TOT-TEEN", "PedsQL 4.0 Generic Core Scales - Total Scale Score (Teen self-report, 13-18)")


@case("k_crohn_een_qol", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "After exclusive enteral nutrition by nightly self-placed nasogastric tube began for new Crohn's disease, the teen's PedsQL total fell 79 -> 61 (18 points, MCID ~4.4) while disease activity improved - a quality-of-life fall after treatment began.",
      "15-year-old with new Crohn's disease on nasogastric exclusive enteral nutrition; PedsQL fell 18 points")
def k_crohn_een_qol(cid):
    b, org, (pcp, gi), rp = kid(cid, "prairie", "Fairbanks", ["Noah", "T"], "male", "2011-04-02", "PSP-0762291",
                               home("8610 W Maple St", "Wichita", "KS", "67209"), [("Kline", ["Brandon"], "Dr.", None, "MD, Pediatrics"), ("Hussein", ["Layla"], "Dr.", None, "MD, Pediatric Gastroenterology")],
                               ("FTH", "father", "Fairbanks", ["Curtis"], "316-555-0176"), ("Aetna", "PPO:Aetna Choice POS II (parent employer)", "W559012038", "child"))
    cd = b.cond(S("34000006", "Crohn's disease", "K50.00", "Crohn's disease of small intestine without complications", text="Crohn's disease, ileal (Paris L1)"), "2026-08-12", recorder=gi)
    b.cond(I("J45.20", "Mild intermittent asthma, uncomplicated"), "2017-01-01")
    b.obs({"text": "Ileocolonoscopy findings"}, "2026-08-12", value_str="Terminal ileal aphthous ulcers and linear ulceration; biopsies non-caseating granulomas.", cat="procedure", interp="A")
    q = lambda d, v, e=None: b.obs(cc(PEDSQL, text="PedsQL total score (teen)"), d, v, "{score}", cat="survey", enc=e, text_range="0-100, higher = better HRQoL")
    e1 = visit(b, "2026-08-18", org, gi, "New Crohn's disease - treatment planning")
    q("2026-08-18", 79, e1)
    b.obs({"text": "PCDAI (Pediatric Crohn's Disease Activity Index)"}, "2026-08-18", 32.5, "{score}", cat="survey", enc=e1)
    een = b.medreq(cc(text="Exclusive enteral nutrition - polymeric formula (Modulen IBD) via nasogastric tube, 8 weeks"), "2026-08-25", status="completed", dose="2,600 kcal/day; nightly NG tube self-placement plus oral formula; no food", reason=cd, requester=gi, end="2026-10-20")
    b.proc(cc((SCT, "87750000", "Insertion of nasogastric tube")), date="2026-08-25", note="NG placement teaching with RN; patient self-inserts nightly.")
    e2 = visit(b, "2026-10-20", org, gi, "Crohn's follow-up - end of EEN")
    q("2026-10-20", 61, e2)
    b.obs({"text": "PCDAI (Pediatric Crohn's Disease Activity Index)"}, "2026-10-20", 10, "{score}", cat="survey", enc=e2)
    lab(b, "2026-10-20", "38445-3", "Calprotectin [Mass/mass] in Stool", 210, "ug/g", None, 50, "H", e2)
    b.medreq(cc((RX, "1600765", "adalimumab 40 MG/0.4ML Pen Injector") if False else (RX, "1600765", "adalimumab-atto"), text="adalimumab 40 mg/0.4 mL pen"), "2026-10-27", dose="80 mg SC day 1, then 40 mg q2 weeks", reason=cd, requester=gi)
    b.note("2026-10-20", "Pediatric GI follow-up", """
15 y/o M, ileal Crohn's dx 8/12. Completed 8 weeks EEN via nightly NG + formula. Clinically much better: PCDAI 32.5 -> 10, gaining weight (+3.1 kg).
However, very hard on him: stopped eating lunch with friends, skipped the homecoming dance, missed 9 school days, teased about NG tube. PedsQL teen self-report 79 -> 61. Mood low, PHQ-A 8.
Plan: food reintroduction; start adalimumab; referral to GI psychologist; school 504 plan.""", author=gi, enc=e2)
    b.note("2026-11-04", "School-based clinic note", "Seen at Northeast Magnet HS health center. Tired, wants to quit marching band. Says 'the tube ruined my fall'. Rapport, coping skills; GI psych appt 11/30 confirmed.", author=pcp)
    growth(b, "2026-10-20", 54.3, 171.0, 18.6, 22, e2)
    return b


@case("k_uc_qol_small", "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "PedsQL dipped only 72 -> 70 -> 69 (3 points, below the ~4.4 MCID) after azathioprine/mesalamine started for ulcerative colitis; neither drug is a high-impact treatment.",
      "13-year-old with ulcerative colitis on mesalamine and azathioprine; small PedsQL change")
def k_uc_qol_small(cid):
    b, org, (pcp, gi), rp = kid(cid, "brightpath", "Castellano", ["Isabella", "M"], "female", "2013-07-19", "BPN-0652108",
                               home("5520 Karl Rd", "Columbus", "OH", "43229"), [("Sato", ["Hiroshi"], "Dr.", None, "MD, Pediatrics"), ("Adebayo", ["Funmi"], "Dr.", None, "MD, Pediatric Gastroenterology")],
                               ("MTH", "mother", "Castellano", ["Maria"], "614-555-0163"), MCD)
    uc = b.cond(S("64766004", "Ulcerative colitis", "K51.00", "Ulcerative (chronic) pancolitis without complications"), "2026-04-20", recorder=gi)
    b.cond(I("F41.9", "Anxiety disorder, unspecified"), "2025-09-01")
    b.medreq(R("1094394", "mesalamine 1.2 GM Delayed Release Oral Tablet") if False else cc(text="mesalamine 1.2 g delayed-release tablet"), "2026-05-01", dose="2.4 g PO BID", reason=uc, requester=gi)
    b.medreq(R("197388", "azathioprine 50 MG Oral Tablet"), "2026-06-10", dose="75 mg daily (TPMT normal)", reason=uc, requester=gi)
    for d, q, pucai in [("2026-06-03", 72, 35), ("2026-08-26", 70, 20), ("2026-11-18", 69, 10)]:
        e = visit(b, d, org, gi, "Ulcerative colitis follow-up")
        b.obs(cc(("https://fhir.brightpathpeds.example.org/CodeSystem/surveys", "PEDSQL-GC-TEEN", "PedsQL 4.0 Generic Core total score, teen report"), text="PedsQL total score"), d, q, "{score}", cat="survey", enc=e)
        b.obs({"text": "PUCAI (Pediatric Ulcerative Colitis Activity Index)"}, d, pucai, "{score}", cat="survey", enc=e)
    lab(b, "2026-11-18", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", 5.4, "10*3/uL", 4.5, 13.5)
    lab(b, "2026-11-18", "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 22, "U/L", None, 35)
    b.note("2026-11-18", "Pediatric GI follow-up", "13 y/o F, pancolitis dx 4/2026. Mesalamine + azathioprine 75 mg. PUCAI 35 -> 10 (mild/remission). PedsQL stable 72 -> 69. CBC/LFTs fine. Continue; colonoscopy 2027 to confirm mucosal healing.", author=gi)
    growth(b, "2026-11-18", 44.0, 155.0, 18.3, 45)
    return b


@case("k_asd_parent_request", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Parent portal message (sender RelatedPerson, mother of a 3-year-old) explicitly asks for a referral for a second opinion on the new autism diagnosis before starting ABA therapy.",
      "Mother of a 3-year-old newly diagnosed with autism asks through the parent portal for a second opinion")
def k_asd_parent_request(cid):
    b, org, (pcp, dbp), rp = kid(cid, "riverbend", "Whitley", ["Elijah", "J"], "male", "2023-05-30", "RCP-440912",
                                home("9304 Three Chopt Rd", "Henrico", "VA", "23229"), [("Morgan", ["Claire"], "Dr.", None, "MD, Pediatrics"), ("Ashford", ["Ben"], "Dr.", None, "MD, Developmental-Behavioral Pediatrics")],
                                ("MTH", "mother", "Whitley", ["Sarah"], "804-555-0118"), ("Optima Health", "PPO:Optima PPO (parent employer)", "OPT7712048", "child"))
    asd = b.cond(S("35919005", "Autism spectrum disorder", "F84.0", "Autistic disorder"), "2026-10-22", recorder=dbp)
    b.cond(I("F80.2", "Mixed receptive-expressive language disorder"), "2025-12-01")
    b.cond(I("L22", "Diaper dermatitis"), "2024-02-01", status="resolved", abate="2024-02-20")
    b.obs({"text": "M-CHAT-R/F total score (18 month)"}, "2024-12-02", 2, "{score}", cat="survey", interp="N")
    b.obs({"text": "M-CHAT-R/F total score (24 month)"}, "2025-06-04", 6, "{score}", cat="survey", interp="A", note="Medium risk; follow-up interview score 3")
    b.proc(P("96110", "Developmental screening with scoring and documentation, per standardized instrument"), date="2025-06-04")
    b.sr(P("92523", "Evaluation of speech sound production with evaluation of language comprehension and expression", text="Speech-language evaluation"), "2025-06-04", status="completed", requester=pcp)
    e = b.enc("2026-10-22", "Developmental-behavioral pediatrics evaluation", org=org, pract=dbp, reason="Language delay, possible autism")
    b.obs({"text": "ADOS-2 Toddler Module - overall total"}, "2026-10-22", 14, "{score}", cat="survey", interp="A", enc=e)
    b.note("2026-10-22", "Developmental-behavioral evaluation", """
3 y/o with expressive/receptive language delay. ADOS-2 toddler module: moderate-to-severe concern. Limited joint attention, repetitive lining up of toys, sensory seeking.
Dx: Autism spectrum disorder, level 2 support (DSM-5). Recommend ABA 20 h/week, continue speech therapy, OT eval, early intervention -> school district preschool referral.""", author=dbp, enc=e, typ=("11488-4", "Consult note"))
    b.sr(cc(text="Applied behavior analysis (ABA) therapy, 20 h/week"), "2026-10-22", requester=dbp, reason=asd)
    b.comm("2026-11-14", f"RelatedPerson/{rp.split('/')[1]}", f"Practitioner/{pcp.split('/')[1]}",
           "Hi Dr. Morgan, we have been thinking a lot about Elijah's autism diagnosis from Dr. Ashford. The visit felt rushed and he was sick that day and barely played. Before we commit to 20 hours a week of ABA we would like a second opinion from another developmental pediatrician or the autism center at VCU. Can you send a referral? Thank you, Sarah (Elijah's mom)",
           cat=cc(text="Parent portal message"), medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data")), topic="Second opinion request - autism diagnosis")
    growth(b, "2026-06-02", 14.6, 96.5, 15.7, 48)
    for cvx, disp, d in [("03", "MMR", "2024-06-03"), ("21", "varicella", "2024-06-03"), ("20", "DTaP", "2024-09-04"), ("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-01")]:
        b.imm(cvx, disp, d, "RB" + d.replace("-", "")[2:])
    return b


@case("k_adhd_second_done", "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "Parent portal message mentions a second opinion that already happened in September 2026 (outside consult on file agreeing with the ADHD diagnosis) and asks for nothing more - no current request.",
      "Parent reports outside second opinion in September confirmed son's ADHD; no new request")
def k_adhd_second_done(cid):
    b, org, (pcp, out), rp = kid(cid, "brightpath", "Pruitt", ["Logan", "A"], "male", "2015-01-11", "BPN-0540022",
                                home("1207 Oakwood Ave", "Columbus", "OH", "43206"), [("Sato", ["Hiroshi"], "Dr.", None, "MD, Pediatrics"), ("Weller", ["Dana"], "Dr.", None, "PhD, Pediatric Psychology, Children's hospital ADHD clinic")],
                                ("FTH", "father", "Pruitt", ["Marcus"], "614-555-0170"), MCD)
    adhd = b.cond(S("406506008", "Attention deficit hyperactivity disorder", "F90.2", "Attention-deficit hyperactivity disorder, combined type"), "2026-03-09", recorder=pcp)
    b.cond(I("G47.9", "Sleep disorder, unspecified"), "2025-01-01", status="resolved", abate="2025-08-01")
    for d, p, t in [("2026-02-20", 27, "Vanderbilt parent"), ("2026-02-20", 24, "Vanderbilt teacher"), ("2026-10-30", 11, "Vanderbilt teacher (follow-up)")]:
        b.obs({"text": f"NICHQ {t} assessment - inattention + hyperactivity symptom count total score"}, d, p, "{score}", cat="survey")
    b.medreq(R("1091170", "methylphenidate hydrochloride 27 MG Extended Release Oral Tablet") if False else cc(text="methylphenidate ER 27 mg tablet"), "2026-03-09", dose="27 mg PO every morning", reason=adhd, requester=pcp)
    e = b.enc("2026-09-17", "Outside consultation - ADHD clinic (second opinion)", org=org, pract=out, reason="Second opinion ADHD diagnosis")
    b.note("2026-09-17", "Outside consultation - second opinion (scanned)", """
Children's hospital ADHD clinic. Referred at parents' request for a second opinion on ADHD diagnosis made 3/2026.
Record review, parent/teacher rating scales, interview, psychoeducational screen. No learning disorder; no anxiety disorder.
Impression: ADHD, combined presentation - agree with PCP diagnosis. Medication response good; continue methylphenidate ER. Behavioral parent training recommended.""", author=out, enc=e, typ=("11488-4", "Consult note"))
    b.comm("2026-11-09", f"RelatedPerson/{rp.split('/')[1]}", f"Practitioner/{pcp.split('/')[1]}",
           "Just wanted to let you know we had the second opinion at Children's in September and they agreed with the ADHD diagnosis. We're good continuing the medicine. Teacher says he's doing a lot better. Can we get the refill sent to Kroger? Thanks, Marcus",
           cat=cc(text="Parent portal message"))
    e2 = visit(b, "2026-10-30", org, pcp, "ADHD medication follow-up", code="99213", disp="Office or other outpatient visit, established patient")
    b.bp("2026-10-30", 104, 64, e2); b.vital("hr", "2026-10-30", 84, e2); growth(b, "2026-10-30", 34.8, 142.0, 17.3, 58, e2)
    return b


@case("k_t2d_a1c", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "HbA1c rose 7.9 -> 8.8 -> 9.6 -> 10.4% over 8.5 months (2.5 points, MCID 0.5) while metformin (since 2025) and insulin glargine (since April 2026) were active throughout.",
      "15-year-old with youth-onset type 2 diabetes; HbA1c rising despite metformin and basal insulin")
def k_t2d_a1c(cid):
    b, org, (pcp, endo), rp = kid(cid, "riverbend", "Jackson", ["Destiny", "N"], "female", "2011-06-23", "RCP-118830",
                                 home("3100 Midlothian Tpke", "Richmond", "VA", "23224"), [("Morgan", ["Claire"], "Dr.", None, "MD, Pediatrics / Adolescent Medicine"), ("Iqbal", ["Sana"], "Dr.", None, "MD, Pediatric Endocrinology")],
                                 ("GRMTH", "grandmother", "Jackson", ["Loretta"], "804-555-0109"), ("Virginia Medicaid - Sentara Community Plan", "MCD:Cardinal Care", "VA30044719", "child"))
    dm = b.cond(S("44054006", "Diabetes mellitus type 2", "E11.65", "Type 2 diabetes mellitus with hyperglycemia"), "2025-09-15", recorder=endo)
    b.cond(S("238136002", "Morbid obesity", "E66.01", "Morbid (severe) obesity due to excess calories"), "2020-01-01")
    b.cond(I("L83", "Acanthosis nigricans"), "2022-01-01")
    b.medreq(R("861004", "metformin hydrochloride 1000 MG Oral Tablet") if False else cc((RX, "861007", "metformin hydrochloride 500 MG Oral Tablet"), text="metformin 500 mg tab"), "2025-09-15", dose="1000 mg PO BID with meals", reason=dm, requester=endo)
    b.medreq(cc((RX, "1373463", "insulin glargine 100 UNT/ML Pen Injector")), "2026-04-06", dose="0.4 units/kg nightly; titrated to 42 units", reason=dm, requester=endo)
    for d, a1c in [("2026-03-02", 7.9), ("2026-06-01", 8.8), ("2026-08-31", 9.6), ("2026-11-16", 10.4)]:
        e = visit(b, d, org, endo, "Type 2 diabetes follow-up")
        lab(b, d, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", a1c, "%", None, 5.7, "H", e)
    growth(b, "2026-11-16", 104.2, 165.0, 38.3, 99, None)
    b.obs(L("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), "2026-11-16", 4, "{score}", cat="survey")
    b.note("2026-11-16", "Pediatric endocrinology note", """
15 y/o F, youth-onset T2D dx 9/2025. Metformin 1000 BID since dx; glargine since 4/2026, now 42 units. Grandmother supervises doses; pharmacy refills on time; CGM shows ~85% wear, glucose 200s-300s post-prandially.
HbA1c 7.9 -> 8.8 -> 9.6 -> 10.4 despite adherence. Discussed GLP-1 RA (insurance PA submitted), dietitian, school nurse lunch-time check. PHQ-9 4.""", author=endo)
    b.note("2026-10-07", "Adolescent confidential visit (sensitive)", "Confidential portion with patient alone: no sexual activity, no substance use, feels okay at school, some teasing about weight. HEADSS otherwise unremarkable.", author=pcp)
    return b


@case("k_mdd_phq_small", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "PHQ-9 drifted 11 -> 13 -> 13 -> 14 over five months on fluoxetine - a 3-point change, below the 5-point MCID.",
      "16-year-old with depression on fluoxetine; PHQ-9 up 3 points only")
def k_mdd_phq_small(cid):
    b, org, (pcp, np_), rp = kid(cid, "prairie", "Whitman", ["Ethan", "C"], "male", "2010-09-30", "PSP-0613377",
                                home("2245 S Seneca St", "Wichita", "KS", "67213"), [("Kline", ["Brandon"], "Dr.", None, "MD, Pediatrics"), ("Duarte", ["Sofia"], "", None, "PMHNP, Northwest High School-Based Clinic")],
                                ("MTH", "mother", "Whitman", ["Jenna"], "316-555-0122"), ("KanCare - Aetna Better Health of Kansas", "MCD:KanCare", "KC11904482", "child"))
    mdd = b.cond(S("370143000", "Major depressive disorder", "F32.1", "Major depressive disorder, single episode, moderate"), "2026-05-04", recorder=np_)
    b.cond(I("S52.521A", "Torus fracture of lower end of right radius, initial encounter for closed fracture"), "2021-07-01", status="resolved", abate="2021-08-15")
    b.medreq(cc((RX, "310385", "fluoxetine 20 MG Oral Capsule")), "2026-05-04", dose="10 mg x 1 wk then 20 mg daily", reason=mdd, requester=np_)
    for d, s in [("2026-06-15", 11), ("2026-08-17", 13), ("2026-10-05", 13), ("2026-11-16", 14)]:
        e = visit(b, d, org, np_, "Depression follow-up (school-based clinic)", code="99214", disp="Office or other outpatient visit, established patient")
        b.obs(L("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), d, s, "{score}", cat="survey", enc=e)
    b.obs({"text": "Columbia Suicide Severity Rating Scale screener"}, "2026-11-16", value_str="Negative", cat="survey", interp="N")
    b.sr(P("90834", "Psychotherapy, 45 minutes with patient", text="CBT, biweekly"), "2026-05-04", requester=np_, reason=mdd)
    b.note("2026-11-16", "School-based clinic - behavioral health", """
16 y/o M, MDD moderate. Fluoxetine 20 mg since May, adherent. PHQ-9 11 -> 13 -> 13 -> 14 (mild fluctuation). Sleep better, grades stable, stressor = parents' separation. C-SSRS negative.
Plan: increase fluoxetine to 30 mg, continue CBT biweekly, f/u 4 weeks. Confidential; mother aware of treatment plan.""", author=np_)
    growth(b, "2026-11-16", 66.0, 177.0, 21.1, 58)
    return b


@case("k_expreemie_complex", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Ex-24-week preterm child with six active chronic conditions across pulmonology, neurology, gastroenterology, ophthalmology and development (BPD, spastic diplegic CP, epilepsy, dysphagia with gastrostomy, esotropia, global developmental delay).",
      "4-year-old former 24-week preemie with BPD, cerebral palsy, epilepsy, G-tube, strabismus and developmental delay")
def k_expreemie_complex(cid):
    b, org, (pcp, cc_), rp = kid(cid, "brightpath", "Okeke", ["Jaylen", "C"], "male", "2022-01-14", "BPN-0330981",
                                home("4470 Refugee Rd", "Columbus", "OH", "43232"), [("Obi", ["Chinedu"], "Dr.", None, "MD, Pediatrics (complex care)"), ("Reilly", ["Maura"], "", None, "RN, Care coordinator")],
                                ("MTH", "mother", "Okeke", ["Adaeze"], "614-555-0104"), MCD)
    specs = [(S("67569000", "Bronchopulmonary dysplasia", "P27.1", "Bronchopulmonary dysplasia originating in the perinatal period"), "2022-04-15", "Pulmonology"),
             (S("230751007", "Spastic diplegic cerebral palsy" if False else "Spastic cerebral palsy", "G80.1", "Spastic diplegic cerebral palsy"), "2023-06-01", "Neurology/PM&R"),
             (S("84757009", "Epilepsy", "G40.909", "Epilepsy, unspecified, not intractable, without status epilepticus"), "2023-11-01", "Neurology"),
             (S("40739000", "Dysphagia", "R13.12", "Dysphagia, oropharyngeal phase"), "2022-05-01", "GI"),
             (I("Z93.1", "Gastrostomy status"), "2022-06-10", "GI/Surgery"),
             (S("16596007", "Esotropia", "H50.00", "Unspecified esotropia"), "2023-03-01", "Ophthalmology"),
             (S("248290002", "Developmental delay", "F88", "Other disorders of psychological development", text="Global developmental delay"), "2023-01-01", "Developmental pediatrics")]
    conds = [b.cond(c, d, recorder=pcp, note=f"Followed by {sp}") for c, d, sp in specs]
    b.cond(I("H35.123", "Retinopathy of prematurity, stage 1, bilateral"), "2022-03-01", status="resolved", abate="2022-07-01", note="Regressed without treatment")
    b.cond(I("P07.22", "Extreme immaturity of newborn, gestational age 24 completed weeks"), "2022-01-14", status="inactive")
    b.medreq(R("351136", "budesonide 0.5 MG/2ML Inhalation Suspension") if False else cc(text="budesonide 0.5 mg/2 mL inhalation suspension"), "2022-08-01", dose="0.5 mg nebulized BID", reason=conds[0])
    b.medreq(R("1099870", "levetiracetam 100 MG/ML Oral Solution") if False else cc(text="levetiracetam 100 mg/mL oral solution"), "2023-11-10", dose="250 mg via G-tube BID", reason=conds[2])
    b.medreq(cc(text="baclofen 5 mg/5 mL oral suspension"), "2024-05-01", dose="5 mg via G-tube TID", reason=conds[1])
    b.medreq(cc(text="Pediatric 1.0 kcal/mL formula with fiber via gastrostomy"), "2022-06-10", dose="1,000 mL/day: 4 boluses + overnight 40 mL/h", reason=conds[4])
    b.sr(cc((HCPCS, "B4035", "Enteral feeding supply kit; pump fed, per day")), "2024-01-01", reason=conds[4])
    b.careplan("Complex care coordination plan", "2026-09-12", cc(text="Care coordination"), [(cc(text="Specialty visits"), "in-progress", "Pulm q4mo, Neuro q6mo, PM&R/botox q3mo, GI q6mo, Ophtho q6mo, Dev-Peds yearly"),
               (cc(text="Therapies"), "in-progress", "PT/OT/ST weekly via preschool IEP; home nursing 40 h/week")], addresses=conds[:3], author=cc_ if False else pcp)
    e = visit(b, "2026-09-12", org, pcp, "Well child 4 y / complex care", code="99392", disp="Periodic preventive medicine, established patient, 1-4 years")
    growth(b, "2026-09-12", 13.1, 96.0, 14.2, 8, e)
    b.vital("spo2", "2026-09-12", 96, e)
    b.note("2026-09-12", "Complex care well visit", """
4 y/o former 24+2 wk preemie. BPD (off O2 since 2024, budesonide BID), spastic diplegic CP GMFCS III (walker), epilepsy on levetiracetam (last seizure 3/2026), oropharyngeal dysphagia with G-tube, esotropia (patching), global developmental delay.
Growth: weight 8th percentile on GT feeds. Immunizations up to date incl. palivizumab history. Care coordination with 6 specialty services.""", author=pcp, enc=e)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-09-12", "FL8890F")
    b.imm("94", "measles, mumps, rubella, and varicella virus vaccine (MMRV)", "2026-02-10", "MV2231A")
    return b
