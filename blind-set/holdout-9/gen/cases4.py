from common import *

WDT = "WORSENING_DESPITE_TREATMENT"
ROC = "RARE_OR_COMPLEX_CONDITION"
EGFR = "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"
RE = sct("18944008", "Right eye structure")
LE = sct("8966001", "Left eye structure")


def d31(cid):
    """Severe POAG: IOP rising and fields worsening despite latanoprost + timolol."""
    x = setup(cid, "appalachian",
              dict(given=["Calvin", "R"], family="Jessup", gender="male", birth="1960-10-05", mrn="AHV-0071933",
                   city="Roanoke", state="VA", zipc="24015", line="2402 Grandin Rd SW", phone="540-555-0104",
                   race=("2054-5", "Black or African American"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Yvonne", "Castellano", "MD", "1396048275", "Ophthalmology - Glaucoma")],
              "aetna", "Aetna Choice POS II", "W662019384", "2019-01-01",
              extra_orgs=[("Blue Ridge Eye Center", "1205938417", "Roanoke", "VA")])
    b, gl = x.b, x.pr[0]
    eye = x.orgs[0]
    b.allergy(sct("716186003", "No known allergy"), None, "2015-01-01", nka=True)
    poag = b.cond(sct("77075001", "Primary open angle glaucoma", "Primary open-angle glaucoma, both eyes, severe stage"), onset="2021-03-01")
    b.cond(sct("59621000", "Essential hypertension"), onset="2012-01-01")
    b.cond(sct("44054006", "Diabetes mellitus type 2"), onset="2018-01-01")
    b.medstmt(rx("43611", "latanoprost", "latanoprost 0.005% ophthalmic solution"), "1 drop both eyes at bedtime", "2021-03-15", reason=sct("77075001", "Primary open angle glaucoma"),
              note="Pharmacy fill history consistent; adherence confirmed with drop log.")
    b.medreq(rx("10600", "timolol", "timolol maleate 0.5% ophthalmic solution"), "1 drop both eyes twice daily", "2026-01-12", gl, reason=sct("77075001", "Primary open angle glaucoma"), refills=11)
    b.medstmt(rx("6809", "metformin", "metformin 500 mg tablet"), "500 mg twice daily", "2018-02-01")
    b.medstmt(rx("52175", "losartan", "losartan 50 mg tablet"), "50 mg daily", "2012-02-01")
    iop = [("2026-03-10", 18, 17), ("2026-06-16", 22, 20), ("2026-09-15", 25, 23), ("2026-11-17", 27, 24)]
    md = {"2026-03-10": -8.2, "2026-09-15": -10.1, "2026-11-17": -11.9}
    for d, r, l in iop:
        e = b.enc(d, OFFICE_EST(4), gl, eye, reason=sct("77075001", "Primary open angle glaucoma"),
                  dx=[icd("H40.1133", "Primary open-angle glaucoma, bilateral, severe stage")])
        b.obs(d, sct("41633001", "Intraocular pressure"), r, "mm[Hg]", "mm[Hg]", None, 15, cat="exam", enc=e, body=RE,
              method=sct("389152008", "Goldmann applanation tonometry"), ref_text="Target IOP <= 15 mmHg")
        b.obs(d, sct("41633001", "Intraocular pressure"), l, "mm[Hg]", "mm[Hg]", None, 15, cat="exam", enc=e, body=LE,
              method=sct("389152008", "Goldmann applanation tonometry"), ref_text="Target IOP <= 15 mmHg")
        if d in md:
            b.obs(d, textcc("Humphrey 24-2 SITA visual field mean deviation, right eye"), md[d], "dB", "dB", cat="exam", enc=e, body=RE)
    b.report("2026-11-17", textcc("OCT retinal nerve fiber layer, both eyes"), "Average RNFL 61 um OD (72 um 03/2026), 66 um OS (71 um). Progressive thinning inferotemporal OD.", gl, cat=("OTH", "Other"))
    b.note("2026-11-17", """Glaucoma follow-up. Severe POAG OU. On latanoprost qhs since 2021 and timolol BID added 01/2026; adherence confirmed (drop log, pharmacy refills on time), technique observed good.
IOP has climbed from 18/17 in March to 27/24 today, well above target 15. HVF MD OD -8.2 -> -11.9 dB with new superior arcuate defect; RNFL thinning.
Assessment: progression despite maximal tolerated medical therapy (cannot use brimonidine - prior allergy-like reaction, dorzolamide not tolerated). Discussed SLT and surgical options; patient wants to think, will return in 4 weeks to decide.""", gl,
           title="Glaucoma clinic note")
    return b, cases_meta(WDT, "positive", [WDT],
                         "IOP rose 18->27 mmHg (OD) over 8 months in 4 readings, with visual-field MD worsening 3.7 dB, while latanoprost (since 2021) and timolol (since 2026-01) were active throughout with confirmed adherence.",
                         "Glaucoma: eye pressure and visual fields worsening despite two drops", "Ophthalmology (glaucoma)")


def d32(cid):
    """Postpartum depression: PHQ-9 rising 12 -> 21 despite sertraline titration."""
    x = setup(cid, "prairiesky",
              dict(given=["Emily", "J"], family="Harrington", gender="female", birth="1995-06-18", mrn="PSW-690315",
                   city="Derby", state="KS", zipc="67037", line="410 N Baltimore Ave", phone="316-555-0198",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Hannah", "Delgado", "MD", "1225930486", "Obstetrics and Gynecology"),
               ("Mariah", "Sandoval", "PMHNP-BC", "1447293856", "Perinatal Psychiatry NP"),
               ("Kyle", "Brennan", "LCSW", "1558302947", "Behavioral Health")],
              "bcbs", "Blue Cross Blue Shield of Kansas PPO", "XKS330291847", "2020-01-01")
    b, ob, np_, sw = x.b, x.pr[0], x.pr[1], x.pr[2]
    b.allergy(sct("716186003", "No known allergy"), None, "2020-01-01", nka=True)
    ppd = b.cond(sct("58703003", "Postpartum depression"), onset="2026-06-15")
    b.cond(sct("289256000", "Mother delivered", "Spontaneous vaginal delivery 2026-05-02"), onset="2026-05-02", clin="resolved", abated="2026-06-13")
    b.cond(sct("40930008", "Hypothyroidism"), onset="2019-01-01")
    b.medstmt(rx("10582", "levothyroxine", "levothyroxine 100 mcg tablet"), "100 mcg daily", "2019-02-01")
    b.lab("2026-06-15", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.0, "m[IU]/L", 0.45, 4.5)
    items = [("44250-9", "Little interest or pleasure in doing things"), ("44255-8", "Feeling down, depressed, or hopeless"),
             ("44259-0", "Trouble falling or staying asleep, or sleeping too much"), ("44254-1", "Feeling tired or having little energy"),
             ("44251-7", "Poor appetite or overeating"), ("44258-2", "Feeling bad about yourself-or that you are a failure or have let yourself or your family down"),
             ("44252-5", "Trouble concentrating on things, such as reading the newspaper or watching television"),
             ("44253-3", "Moving or speaking so slowly that other people could have noticed. Or the opposite-being so fidgety or restless that you have been moving around a lot more than usual"),
             ("44260-8", "Thoughts that you would be better off dead, or of hurting yourself in some way")]
    ans = {0: ("LA6568-5", "Not at all"), 1: ("LA6569-3", "Several days"), 2: ("LA6570-1", "More than half the days"), 3: ("LA6571-9", "Nearly every day")}
    def phq9(d, vals, enc):
        comps = [{"code": loinc(c, t), "valueCodeableConcept": cc(LOINC, ans[v][0], ans[v][1])} for (c, t), v in zip(items, vals)]
        comps.append({"code": loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), "valueInteger": sum(vals)})
        return b.obs(d, loinc("44249-1", "PHQ-9 quick depression assessment panel [Reported.PHQ]", "PHQ-9"), cat="survey", enc=enc, comps=comps,
                     vint=sum(vals), t="10:05")
    seq = [("2026-06-15", [1, 2, 2, 2, 1, 2, 1, 1, 0], ob, "Postpartum visit 6 weeks: low mood, tearful, anxious about infant, poor sleep beyond night feeds. EPDS 15. PPD. Start sertraline 50 mg (compatible with breastfeeding). Refer to therapy."),
           ("2026-08-10", [2, 2, 2, 2, 2, 2, 1, 1, 1], np_, "Perinatal psychiatry: PHQ-9 15 on sertraline 50 x 8 wk, adherent. Increase to 100 mg. Weekly CBT ongoing. Passive death wishes several days, no plan; safety plan reviewed."),
           ("2026-10-05", [2, 2, 3, 3, 2, 2, 2, 1, 1], np_, "PHQ-9 18 on sertraline 100 mg x 8 wk, adherent (pharmacy fills on time), attending CBT. Increase to 150 mg. Safety plan updated; husband involved."),
           ("2026-11-23", [3, 3, 3, 3, 2, 2, 2, 2, 1], np_, "PHQ-9 21 on sertraline 150 mg x 7 wk plus 14 CBT sessions. Worsening functioning; not returning to work. C-SSRS low risk, passive ideation only, no intent. Considering augmentation / switch; discussing zuranolone vs intensive outpatient program.")]
    for d, vals, who, txt in seq:
        e = b.enc(d, OFFICE_EST(4), who, x.org, reason=sct("58703003", "Postpartum depression"),
                  dx=[icd("F53.0", "Postpartum depression"), icd("O99.345", "Other mental disorders complicating the puerperium")] if d == "2026-06-15" else [icd("F53.0", "Postpartum depression")])
        phq9(d, vals, e)
        b.note(d, txt, who, e)
    b.medreq(rx("36437", "sertraline", "sertraline 50 mg tablet"), "50 mg daily", "2026-06-15", ob, status="stopped", reason=sct("58703003", "Postpartum depression"))
    b.medreq(rx("36437", "sertraline", "sertraline 100 mg tablet"), "100 mg daily", "2026-08-10", np_, status="stopped", reason=sct("58703003", "Postpartum depression"))
    b.medreq(rx("36437", "sertraline", "sertraline 100 mg tablet"), "150 mg daily (1.5 tablets)", "2026-10-05", np_, status="active", reason=sct("58703003", "Postpartum depression"))
    b.medstmt(textcc("Cognitive behavioral therapy, weekly (perinatal mental health program)"), "Weekly 50-minute sessions", "2026-06-29", reason=sct("58703003", "Postpartum depression"))
    return b, cases_meta(WDT, "positive", [WDT],
                         "PHQ-9 rose 12 -> 15 -> 18 -> 21 (+9, MCID 5) from 2026-06-15 to 2026-11-23 while sertraline (titrated 50->150 mg) and CBT were active throughout.",
                         "Postpartum depression: PHQ-9 12 -> 21 despite sertraline titration and CBT", "Obstetrics / perinatal psychiatry")


def d33(cid):
    """Resistant hypertension: BP climbing on three adherent drugs."""
    x = setup(cid, "mesaverde",
              dict(given=["Darnell", "K"], family="Yazzie", gender="male", birth="1969-08-14", mrn="MV4120937",
                   city="Rio Rancho", state="NM", zipc="87124", line="1870 Southern Blvd SE", phone="505-555-0113",
                   race=("1002-5", "American Indian or Alaska Native"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Gabriela", "Ortiz", "MD", "1538204967", "Nephrology - Hypertension"),
               ("Theresa", "Montoya", "MD", "1184629375", "Internal Medicine")],
              "bcbs", "BCBS New Mexico Blue Preferred PPO", "XNM818273640", "2019-01-01")
    b, htn, pcp = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2015-01-01", nka=True)
    rh = b.cond(sct("59621000", "Essential hypertension", "Resistant hypertension"), onset="2019-06-01")
    b.cond(sct("55822004", "Hyperlipidemia"), onset="2019-06-01")
    b.cond(sct("414916001", "Obesity"), onset="2015-01-01")
    b.medstmt(rx("17767", "amlodipine", "amlodipine 10 mg tablet"), "10 mg daily", "2021-01-01", reason=sct("59621000", "Essential hypertension"))
    b.medstmt(rx("321064", "olmesartan", "olmesartan medoxomil 40 mg tablet"), "40 mg daily", "2022-03-01", reason=sct("59621000", "Essential hypertension"))
    b.medreq(rx("2409", "chlorthalidone", "chlorthalidone 25 mg tablet"), "25 mg daily", "2026-02-10", htn, reason=sct("59621000", "Essential hypertension"), refills=11)
    b.medstmt(rx("83367", "atorvastatin", "atorvastatin 20 mg tablet"), "20 mg daily", "2019-07-01")
    bps = [("2026-03-04", 148, 92, 84), ("2026-06-09", 156, 95, 80), ("2026-09-08", 163, 99, 82), ("2026-11-17", 171, 102, 86)]
    for d, s, di, hr in bps:
        e = b.enc(d, OFFICE_EST(4), htn, x.org, reason=sct("59621000", "Essential hypertension"),
                  dx=[icd("I1A.0", "Resistant hypertension"), icd("I10", "Essential (primary) hypertension")])
        b.bp(d, s, di, e, note="Automated office BP, mean of 3 readings after 5 min seated.")
        b.obs(d, loinc("8867-4", "Heart rate"), hr, "beats/minute", "/min", cat="vital-signs", enc=e)
    b.obs("2026-11-10", textcc("Home blood pressure 7-day average"), cat="vital-signs",
          comps=[{"code": loinc("8480-6", "Systolic blood pressure"), "valueQuantity": {"value": 166, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                 {"code": loinc("8462-4", "Diastolic blood pressure"), "valueQuantity": {"value": 98, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}])
    for code, disp, v, u, lo, hi in [("2823-3", "Potassium [Moles/volume] in Serum or Plasma", 3.4, "mmol/L", 3.5, 5.1),
                                     ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.1, "mg/dL", 0.7, 1.3),
                                     ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", 48, "mg/g", None, 30)]:
        b.lab("2026-11-17", code, disp, v, u, lo, hi)
    b.note("2026-11-17", """Hypertension clinic. Resistant HTN on amlodipine 10, olmesartan 40, chlorthalidone 25 (added Feb). Pharmacy fill data: >95% proportion of days covered for all three; pill count matches.
Office BP trend 148/92 (Mar) -> 156/95 -> 163/99 -> 171/102 today; home average 166/98. Low-normal K 3.4, new microalbuminuria.
No NSAIDs, decongestants or alcohol excess. Snoring - sleep study ordered. Screening aldosterone/renin ordered. Plan add spironolactone 25 mg.""", htn)
    b.sreq(textcc("Aldosterone/renin activity ratio"), "active", "order", "2026-11-17", htn, reason_ref=[rh])
    return b, cases_meta(WDT, "positive", [WDT],
                         "Systolic BP rose 148 -> 171 mmHg (+23) over 8.5 months across 4 readings while three antihypertensives were active with documented adherence.",
                         "Resistant hypertension: BP climbing on three adherent drugs", "Nephrology / hypertension")


def d34(cid):
    """Kidney transplant recipient (2019) with post-transplant diabetes; HbA1c drift below MCID."""
    x = setup(cid, "riverbend",
              dict(given=["Victor", "M"], family="Salazar", gender="male", birth="1974-01-28", mrn="RKT-0928114",
                   city="Louisville", state="KY", zipc="40214", line="5209 Southside Dr", phone="502-555-0139",
                   race=("2106-3", "White"), ethnicity=("2135-2", "Hispanic or Latino"), marital=("M", "Married"), lang="es"),
              [("Priya", "Natarajan", "MD", "1093827465", "Transplant Nephrology"),
               ("Corey", "Lindgren", "RD, CDCES", "1336048571", "Diabetes Education")],
              "uhc", "UnitedHealthcare Choice Plus", "938271650", "2018-01-01")
    b, tx, cde = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2018-01-01", nka=True)
    b.cond(sct("737295003", "Transplanted kidney present", "Deceased-donor kidney transplant recipient (2019)"), onset="2019-04-17")
    ptdm = b.cond(sct("44054006", "Diabetes mellitus type 2", "Post-transplant diabetes mellitus"), onset="2019-10-01")
    b.cond(sct("59621000", "Essential hypertension"), onset="2012-01-01")
    b.cond(sct("236452000", "Chronic glomerulonephritis", "IgA nephropathy (native kidneys, cause of ESRD)"), onset="2010-01-01", clin="inactive")
    b.proc(cc(SCT, "70536003", "Transplantation of kidney", "Deceased-donor kidney transplant, right iliac fossa"), "completed", "2019-04-17", tx)
    b.medstmt(rx("42316", "tacrolimus", "tacrolimus 1 mg capsule"), "3 mg twice daily (trough goal 5-7)", "2019-04-18")
    b.medstmt(rx("68149", "mycophenolate mofetil", "mycophenolate mofetil 500 mg tablet"), "500 mg twice daily", "2019-04-18")
    b.medstmt(rx("8640", "prednisone", "prednisone 5 mg tablet"), "5 mg daily", "2019-04-18")
    b.medstmt(rx("1100699", "linagliptin", "linagliptin 5 mg tablet"), "5 mg daily", "2019-11-01", reason=sct("44054006", "Diabetes mellitus type 2"))
    b.medstmt(rx("17767", "amlodipine", "amlodipine 5 mg tablet"), "5 mg daily", "2019-06-01")
    for d, a1c, egfr, tac in [("2026-02-10", 7.4, 58, 6.1), ("2026-05-12", 7.5, 57, 5.8), ("2026-08-11", 7.6, 59, 6.4), ("2026-11-10", 7.7, 58, 6.0)]:
        e = b.enc(d, OFFICE_EST(4), tx, x.org, reason=textcc("Kidney transplant follow-up"),
                  dx=[icd("Z94.0", "Kidney transplant status"), icd("E11.9", "Type 2 diabetes mellitus without complications"), icd("Z79.899", "Other long term (current) drug therapy")])
        b.lab(d, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", a1c, "%", 4.0, 5.6, enc=e)
        b.lab(d, "98979-8", EGFR, egfr, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}", enc=e)
        b.lab(d, "11253-1", "Tacrolimus [Mass/volume] in Blood", tac, "ng/mL", 5, 7, enc=e)
    b.note("2026-11-10", """Transplant nephrology, 7.5 years post DDKT. Stable graft function, eGFR 58, no rejection episodes, tacrolimus 6.0.
PTDM on linagliptin: A1c 7.4 -> 7.7 over the year, essentially stable, near goal <7.5 for him. Reinforced diet with CDCES. No change to immunosuppression. Return 3 months.""", tx)
    b.vitals("2026-11-10", None, 132, 80, 76, 88.4)
    return b, cases_meta(WDT, "near-miss", [],
                         "HbA1c drifted 7.4 -> 7.7 over 9 months on linagliptin: +0.3%, below the 0.5% MCID. The kidney transplant was completed in 2019 and no new high-impact treatment is planned.",
                         "Kidney transplant recipient with post-transplant diabetes; HbA1c up 0.3% (below MCID)", "Transplant nephrology / endocrinology")


def d35(cid):
    """Seropositive RA flaring after methotrexate stopped for pregnancy planning; no DMARD during the decline."""
    x = setup(cid, "tririver",
              dict(given=["Megan", "E"], family="O'Donnell", gender="female", birth="1992-04-27", mrn="TRH-5509218",
                   city="Bethel Park", state="PA", zipc="15102", line="3120 Library Rd", phone="412-555-0108",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Rajesh", "Iyer", "MD", "1760392845", "Rheumatology")],
              "aetna", "Aetna Open Access Managed Choice", "W310928475", "2020-01-01")
    b, rh = x.b, x.pr[0]
    b.allergy(sct("716186003", "No known allergy"), None, "2020-01-01", nka=True)
    ra = b.cond(sct("69896004", "Rheumatoid arthritis", "Seropositive rheumatoid arthritis (RF+, anti-CCP+)"), onset="2022-03-01")
    b.cond(textcc("Planning pregnancy"), onset="2026-05-20", clin="active", cat="health-concern")
    b.medstmt(rx("6851", "methotrexate", "methotrexate 2.5 mg tablet"), "20 mg once weekly", "2022-04-01", status="stopped", end="2026-05-20",
              reason=sct("69896004", "Rheumatoid arthritis"), note="Stopped 05/20/2026 - planning pregnancy (3-month washout).")
    b.medstmt(rx("4511", "folic acid", "folic acid 1 mg tablet"), "1 mg daily", "2022-04-01")
    b.medstmt(textcc("Prenatal multivitamin (OTC)"), "1 tablet daily", "2026-05-20")
    das = [("2026-04-15", 2.9, 4), ("2026-07-14", 4.1, 14), ("2026-10-13", 5.0, 22), ("2026-11-24", 5.3, 27)]
    for d, v, crp in das:
        e = b.enc(d, OFFICE_EST(4), rh, x.org, reason=sct("69896004", "Rheumatoid arthritis"),
                  dx=[icd("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement")])
        b.obs(d, textcc("DAS28-CRP disease activity score"), v, "{score}", "{score}", None, 2.6, cat="exam", enc=e, ref_text="Remission <2.6; low 2.6-3.2; moderate 3.2-5.1; high >5.1")
        b.lab(d, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", crp, "mg/L", 0, 8, enc=e)
    b.note("2026-05-20", "Telephone: wants to conceive. Stop methotrexate now, 3-month washout; continue folic acid. Discussed pregnancy-compatible options if flare (hydroxychloroquine, sulfasalazine, certolizumab). She prefers no medication for now.", rh, kind="telephone")
    b.note("2026-11-24", """Rheumatology. Off all DMARDs since 05/20 (methotrexate stopped for pregnancy planning); she declined hydroxychloroquine in July and October hoping to stay medication-free.
Now 8 swollen / 11 tender joints, morning stiffness 2 h, DAS28-CRP 5.3 (2.9 in April on MTX).
Plan: start certolizumab pegol (pregnancy-compatible) and prednisone 7.5 mg bridge. Not pregnant (hCG negative today).""", rh)
    b.medreq(rx("795079", "certolizumab pegol", "certolizumab pegol 200 mg/mL prefilled syringe"), "400 mg SC at weeks 0, 2, 4 then 200 mg every 2 weeks", "2026-11-24", rh,
             reason=sct("69896004", "Rheumatoid arthritis"))
    b.medreq(rx("8640", "prednisone", "prednisone 2.5 mg tablet"), "7.5 mg daily x 4 weeks then taper", "2026-11-24", rh, reason=sct("69896004", "Rheumatoid arthritis"))
    b.obs("2026-11-24", loinc("2106-3", "Choriogonadotropin [Presence] in Urine", "Urine hCG"), vcc=sct("260385009", "Negative"), interp="NEG")
    return b, cases_meta(WDT, "near-miss", [],
                         "DAS28-CRP rose 2.9 -> 5.3 but methotrexate was stopped on 2026-05-20 and no RA treatment was running during the decline; treatment restarts only now.",
                         "RA flare after methotrexate stopped for pregnancy planning; untreated during the decline", "Rheumatology")


def d36(cid):
    """Classic Fabry disease on enzyme replacement."""
    x = setup(cid, "riverbend",
              dict(given=["Nathan", "P"], family="Stroud", gender="male", birth="1985-05-11", mrn="RKT-4471028",
                   city="Bardstown", state="KY", zipc="40004", line="211 N 3rd St", phone="502-555-0161",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Oluwaseun", "Adebayo", "MD", "1740293856", "Nephrology"),
               ("Lisa", "Brennerman", "MD", "1871930246", "Medical Genetics"),
               ("Hassan", "Qureshi", "MD", "1982037465", "Cardiology")],
              "bcbs", "Anthem Blue Cross KY PPO", "YKY229183746", "2017-01-01")
    b, neph, gen, card = x.b, x.pr[0], x.pr[1], x.pr[2]
    b.allergy(sct("716186003", "No known allergy"), None, "2017-01-01", nka=True)
    fab = b.cond(sct("16652001", "Fabry's disease", "Fabry disease, classic (GLA c.1066C>T p.Arg356Trp)"), onset="2020-09-01")
    b.cond(sct("431856006", "Chronic kidney disease stage 2", "CKD stage 2 with proteinuria due to Fabry nephropathy"), onset="2020-09-01")
    b.cond(sct("55300003", "Cardiac hypertrophy", "Left ventricular hypertrophy"), onset="2023-01-01")
    b.medstmt(textcc("agalsidase beta (Fabrazyme) 1 mg/kg IV infusion every 2 weeks"), "1 mg/kg (84 mg) IV every 14 days via home infusion", "2021-01-12",
              reason=sct("16652001", "Fabry's disease"))
    b.medstmt(rx("29046", "lisinopril", "lisinopril 10 mg tablet"), "10 mg daily (antiproteinuric)", "2021-03-01")
    b.medstmt(rx("25480", "gabapentin", "gabapentin 300 mg capsule"), "300 mg three times daily for acroparesthesia", "2020-10-01")
    b.obs("2020-09-10", textcc("Alpha-galactosidase A enzyme activity, leukocytes"), 1.2, "nmol/h/mg", "nmol/h/mg{prot}", 23, 90, cat="laboratory")
    b.obs("2020-09-24", textcc("GLA gene sequencing"), vstr="Hemizygous pathogenic variant c.1066C>T (p.Arg356Trp). Consistent with classic Fabry disease.", cat="laboratory", interp="A")
    for d, egfr, uacr, lyso in [("2026-02-09", 78, 450, 38), ("2026-06-08", 76, 420, 36), ("2026-10-05", 77, 410, 35)]:
        e = b.enc(d, OFFICE_EST(4), neph, x.org, reason=sct("16652001", "Fabry's disease"),
                  dx=[icd("E75.21", "Fabry (-Anderson) disease"), icd("N18.2", "Chronic kidney disease, stage 2 (mild)")])
        b.lab(d, "98979-8", EGFR, egfr, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}", enc=e)
        b.lab(d, "9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", uacr, "mg/g", None, 30, enc=e)
        b.obs(d, textcc("Globotriaosylsphingosine (lyso-Gb3), plasma"), lyso, "ng/mL", "ng/mL", None, 1.8, enc=e)
    e2 = b.enc("2026-08-18", OFFICE_EST(4), card, x.org, reason=sct("55300003", "Cardiac hypertrophy"), dx=[icd("E75.21", "Fabry (-Anderson) disease"), icd("I51.7", "Cardiomegaly")])
    b.report("2026-08-18", textcc("Cardiac MRI"), "Concentric LVH, maximal wall thickness 14 mm; low native T1; focal inferolateral late gadolinium enhancement. LVEF 62%.", card, cat=("RAD", "Radiology"), enc=e2)
    b.note("2026-10-05", """Multidisciplinary Fabry clinic (nephrology / genetics / cardiology). Classic Fabry disease, on agalsidase beta since 01/2021, tolerating infusions.
Renal: eGFR stable 76-78, UACR ~400 on lisinopril. Cardiac: LVH with inferolateral LGE. Neuro: acroparesthesia controlled on gabapentin. Angiokeratomas stable.
Family cascade screening: mother (heterozygous) and daughter referred to genetics. Continue ERT; consider switch discussion (migalastat not amenable for this variant).""", gen,
           title="Fabry multidisciplinary clinic")
    b.vitals("2026-10-05", None, 124, 76, 64, 84.0)
    return b, cases_meta(ROC, "positive", [ROC],
                         "Active Fabry disease (SNOMED 16652001 / ICD-10-CM E75.21), an Orphanet rare disease, with renal and cardiac involvement; stable on ERT.",
                         "Classic Fabry disease on enzyme replacement, kidney and heart involvement", "Nephrology / medical genetics")


def d37(cid):
    """Granulomatosis with polyangiitis with subglottic stenosis and saddle nose; rituximab maintenance."""
    x = setup(cid, "cumberland",
              dict(given=["Stephanie", "L"], family="Reinholt", gender="female", birth="1980-01-19", mrn="CV5550172",
                   city="Carlisle", state="PA", zipc="17013", line="54 W Louther St", phone="717-555-0177",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Miriam", "Hochstetler", "MD", "1306928470", "Rheumatology"),
               ("Devin", "Oakes", "MD", "1417039582", "Otolaryngology - Laryngology")],
              "bcbs", "Highmark Blue Shield PPO", "HMK77102938", "2018-01-01")
    b, rh, ent = x.b, x.pr[0], x.pr[1]
    b.allergy(rx("10180", "sulfamethoxazole", "Sulfamethoxazole / trimethoprim"), sct("271807003", "Eruption of skin", "Rash"), "2024-06-01")
    gpa = b.cond(sct("195353004", "Wegener's granulomatosis", "Granulomatosis with polyangiitis (PR3-ANCA positive), ENT-predominant"), onset="2024-05-20")
    b.cond(textcc("Subglottic stenosis due to GPA"), onset="2024-11-01")
    b.cond(textcc("Saddle nose deformity"), onset="2025-02-01")
    b.cond(sct("312894000", "Osteopenia", "Glucocorticoid-induced osteopenia"), onset="2025-08-01")
    b.medstmt(rx("121191", "rituximab", "rituximab 10 mg/mL IV"), "500 mg IV every 6 months (maintenance)", "2024-11-15", reason=sct("195353004", "Wegener's granulomatosis"),
              note="Induction 05/2024 rituximab 375 mg/m2 weekly x4 + prednisone taper. Last maintenance dose 2026-09-16.")
    b.medstmt(rx("1331", "atovaquone", "atovaquone 750 mg/5 mL suspension"), "1500 mg daily (PJP prophylaxis)", "2024-06-01")
    b.medstmt(rx("11253", "vitamin D", "cholecalciferol 1000 unit"), "1000 units daily", "2025-08-01")
    for d, crp, cr in [("2026-03-17", 3, 0.8), ("2026-09-16", 4, 0.8)]:
        e = b.enc(d, OFFICE_EST(4), rh, x.org, reason=sct("195353004", "Wegener's granulomatosis"),
                  dx=[icd("M31.30", "Wegener's granulomatosis without renal involvement"), icd("J38.6", "Stenosis of larynx")])
        b.lab(d, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", crp, "mg/L", 0, 8, enc=e)
        b.lab(d, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", cr, "mg/dL", 0.5, 1.0, enc=e)
        b.obs(d, textcc("Proteinase 3 Ab (PR3-ANCA), serum"), 6, "[IU]/mL", "[IU]/mL", None, 3.5, enc=e)
        b.obs(d, textcc("Urinalysis microscopy - red blood cells"), vstr="0-2 /HPF, no casts", enc=e, interp="N")
    e3 = b.enc("2026-10-28", OFFICE_EST(4), ent, x.org, reason=textcc("Subglottic stenosis surveillance"),
               dx=[icd("J38.6", "Stenosis of larynx"), icd("M31.30", "Wegener's granulomatosis without renal involvement")])
    b.obs("2026-10-28", textcc("Flexible laryngoscopy - subglottic stenosis grade (Cotton-Myer)"), vstr="Grade I (approx 30%), stable since dilation 07/2025", cat="exam", enc=e3)
    b.proc(textcc("Endoscopic subglottic dilation with steroid injection"), "completed", "2025-07-09", ent)
    b.note("2026-10-28", "Laryngology: GPA-related subglottic stenosis, stable grade I since balloon dilation 07/2025, no stridor at rest. Continue rheumatology maintenance; return 6 months or sooner with dyspnea.", ent, e3)
    b.note("2026-09-16", "Rheumatology: GPA in remission (BVAS 0) on rituximab maintenance; dose given today. Vasculitis Damage Index 3 (saddle nose, subglottic stenosis, osteopenia). Next dose 03/2027.", rh)
    return b, cases_meta(ROC, "positive", [ROC],
                         "Active granulomatosis with polyangiitis (SNOMED 195353004 / M31.30), an Orphanet rare vasculitis, with subglottic stenosis and saddle-nose damage.",
                         "Granulomatosis with polyangiitis with subglottic stenosis; rituximab maintenance", "Rheumatology / ENT")


def d38(cid):
    """Six active chronic conditions across six specialties, all stable."""
    x = setup(cid, "tririver",
              dict(given=["Frank", "J"], family="Dombrowski", gender="male", birth="1957-03-30", mrn="TRH-2201948",
                   city="Butler", state="PA", zipc="16001", line="318 N Main St", phone="724-555-0145",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Amara", "Nwosu", "MD", "1629304851", "Internal Medicine"),
               ("Hassan", "Qureshi", "MD", "1982037465", "Cardiology"),
               ("Gabriela", "Ortiz", "MD", "1538204967", "Nephrology"),
               ("Walter", "Becker", "MD", "1093748261", "Pulmonology"),
               ("Sandra", "Ivey", "PMHNP-BC", "1204859372", "Psychiatry NP")],
              "humana", "Humana Gold Plus HMO", "H77120394", "2022-04-01")
    b, pcp, card, neph, pulm, psy = x.b, x.pr[0], x.pr[1], x.pr[2], x.pr[3], x.pr[4]
    b.allergy(sct("716186003", "No known allergy"), None, "2015-01-01", nka=True)
    b.cond(sct("44054006", "Diabetes mellitus type 2"), onset="2009-01-01")
    b.cond(sct("700379002", "Chronic kidney disease stage 3B"), onset="2022-01-01")
    b.cond(sct("703272007", "Heart failure with reduced ejection fraction", "HFrEF, ischemic, LVEF 35%"), onset="2021-06-01")
    b.cond(sct("13645005", "Chronic obstructive lung disease", "COPD (emphysema), GOLD 2"), onset="2017-01-01")
    b.cond(sct("239873007", "Osteoarthritis of knee", "Primary osteoarthritis, both knees"), onset="2016-01-01")
    b.cond(sct("66344007", "Recurrent major depression", "Major depressive disorder, recurrent, moderate"), onset="2020-01-01")
    b.cond(sct("233604007", "Pneumonia"), onset="2025-01-10", clin="resolved", abated="2025-01-30")
    b.smoking("2026-10-14", "8517006", "Ex-smoker")
    for med, dose, start in [(rx("6809", "metformin", "metformin 500 mg tablet"), "500 mg twice daily (renal dose)", "2009-02-01"),
                             (rx("1545653", "empagliflozin", "empagliflozin 10 mg tablet"), "10 mg daily", "2022-02-01"),
                             (rx("1656339", "sacubitril / valsartan", "sacubitril 49 mg / valsartan 51 mg tablet"), "1 tablet twice daily", "2021-08-01"),
                             (rx("20352", "carvedilol", "carvedilol 12.5 mg tablet"), "12.5 mg twice daily", "2021-07-01"),
                             (rx("9997", "spironolactone", "spironolactone 25 mg tablet"), "25 mg daily", "2021-09-01"),
                             (textcc("tiotropium / olodaterol 2.5 mcg/2.5 mcg inhalation spray"), "2 inhalations daily", "2019-01-01"),
                             (rx("36437", "sertraline", "sertraline 100 mg tablet"), "100 mg daily", "2020-02-01"),
                             (rx("161", "acetaminophen", "acetaminophen 500 mg tablet"), "1000 mg up to three times daily as needed", "2016-01-01")]:
        b.medstmt(med, dose, start)
    e1 = b.enc("2026-10-14", OFFICE_EST(5), pcp, x.org, reason=textcc("Chronic disease management"),
               dx=[icd("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), icd("N18.32", "Chronic kidney disease, stage 3b"),
                   icd("I50.22", "Chronic systolic (congestive) heart failure"), icd("J43.2", "Centrilobular emphysema"),
                   icd("M17.0", "Bilateral primary osteoarthritis of knee"), icd("F33.1", "Major depressive disorder, recurrent, moderate")])
    b.vitals("2026-10-14", e1, 124, 72, 66, 96.1, spo2=94)
    for code, disp, v, u, lo, hi in [("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.1, "%", 4.0, 5.6),
                                     ("98979-8", EGFR, 38, "mL/min/1.73m2", 60, None),
                                     ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", 4.8, "mmol/L", 3.5, 5.1)]:
        b.lab("2026-10-14", code, disp, v, u, lo, hi, enc=e1, ucum="mL/min/{1.73_m2}" if code == "98979-8" else None)
    b.obs("2026-10-14", loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), vint=7, cat="survey", enc=e1)
    b.note("2026-10-14", """Annual chronic care visit. 69 y/o with DM2 (A1c 7.1), CKD 3b (eGFR 38, stable), HFrEF EF 35% NYHA II, COPD GOLD 2, bilateral knee OA, recurrent MDD (PHQ-9 7).
Followed by cardiology, nephrology, pulmonology, behavioral health. 8 chronic medications; med reconciliation done. Care coordination: shared care plan updated; RN care manager enrolled.""", pcp, e1)
    e2 = b.enc("2026-08-05", OFFICE_EST(4), card, x.org, reason=sct("703272007", "Heart failure with reduced ejection fraction"), dx=[icd("I50.22", "Chronic systolic (congestive) heart failure")])
    b.obs("2026-08-05", loinc("10230-1", "Left ventricular Ejection fraction"), 35, "%", "%", 50, None, cat="imaging", enc=e2)
    e3 = b.enc("2026-09-09", OFFICE_EST(4), pulm, x.org, reason=sct("13645005", "Chronic obstructive lung disease"), dx=[icd("J43.2", "Centrilobular emphysema")])
    b.obs("2026-09-09", loinc("20150-9", "FEV1"), 1.84, "L", "L", cat="exam", enc=e3)
    b.obs("2026-09-09", loinc("19926-5", "FEV1/FVC"), 61, "%", "%", 70, None, cat="exam", enc=e3)
    e4 = b.enc("2026-07-22", OFFICE_EST(4), neph, x.org, reason=sct("700379002", "Chronic kidney disease stage 3B"), dx=[icd("N18.32", "Chronic kidney disease, stage 3b")])
    b.lab("2026-07-22", "98979-8", EGFR, 39, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}", enc=e4)
    b.lab("2026-07-22", "9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", 120, "mg/g", None, 30, enc=e4)
    e5 = b.enc("2026-09-30", VIDEO(), psy, x.org, cls="VR", reason=sct("66344007", "Recurrent major depression"), dx=[icd("F33.1", "Major depressive disorder, recurrent, moderate")])
    b.obs("2026-09-30", loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), vint=8, cat="survey", enc=e5)
    return b, cases_meta(ROC, "positive", [ROC],
                         "Complexity: 6 active chronic conditions (DM2, CKD 3b, HFrEF, COPD, knee OA, recurrent MDD) managed across >=5 specialties (endocrine/primary care, nephrology, cardiology, pulmonology, orthopaedics, psychiatry).",
                         "Six stable chronic conditions followed by five specialties", "General medicine (multimorbidity)")


def d39(cid):
    """9-year-old with Kawasaki disease at age 4, resolved without coronary sequelae; now mild asthma."""
    x = setup(cid, "sonoran",
              dict(given=["Ethan", "T"], family="Nguyen", gender="male", birth="2017-02-14", mrn="SCC-5518230",
                   city="Tucson", state="AZ", zipc="85718", line="6120 N Campbell Ave", phone="520-555-0126",
                   race=("2028-9", "Asian"), ethnicity=("2186-5", "Not Hispanic or Latino"), lang="vi"),
              [("Julia", "Ferreira", "MD", "1336928174", "Pediatrics"),
               ("Adrian", "Kowal", "MD", "1558203947", "Pediatric Cardiology")],
              "aetna", "Aetna Choice POS II (dependent)", "W771029384", "2017-02-14")
    b, ped, cardio = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("762952008", "Peanut"), sct("126485001", "Urticaria", "Hives"), "2019-06-01", crit="high")
    kd = b.cond(sct("75053002", "Acute febrile mucocutaneous lymph node syndrome", "Kawasaki disease (2021), treated with IVIG, no coronary aneurysms"),
                onset="2021-03-02", clin="resolved", abated="2021-05-15")
    b.cond(sct("195967001", "Asthma", "Mild intermittent asthma"), onset="2023-09-01")
    b.cond(sct("61582004", "Allergic rhinitis"), onset="2022-04-01")
    b.proc(textcc("Intravenous immunoglobulin infusion 2 g/kg"), "completed", "2021-03-07", cardio, reason_ref=[kd])
    e0 = b.enc("2022-03-10", OFFICE_EST(4), cardio, x.org, reason=textcc("Kawasaki disease 1-year follow-up"),
               dx=[icd("Z86.79", "Personal history of other diseases of circulatory system")])
    b.report("2022-03-10", textcc("Transthoracic echocardiogram (pediatric)"), "Normal coronary artery dimensions (all Z-scores < 2). Normal biventricular function. No further cardiology follow-up needed.",
             cardio, cat=("EC", "Echocardiography"), enc=e0)
    e1 = b.enc("2026-10-12", cpt("99393", "Periodic comprehensive preventive medicine, established patient; late childhood (age 5 through 11 years)", "Well-child visit"), ped, x.org,
               dx=[icd("Z00.129", "Encounter for routine child health examination without abnormal findings"), icd("J45.20", "Mild intermittent asthma, uncomplicated")])
    b.vitals("2026-10-12", e1, 104, 64, 84, 30.2, ht=134.5)
    b.obs("2026-10-12", textcc("Childhood asthma control score (C-ACT), total"), vint=23, cat="survey", enc=e1)
    b.note("2026-10-12", """9-year well visit (Vietnamese interpreter). Growing well (height 60th, weight 55th percentile). Asthma well controlled, albuterol < once/week. Peanut allergy, epinephrine auto-injector current.
History: Kawasaki disease 2021 treated with IVIG, echo normal at 1 year, discharged from cardiology - no restrictions. Vaccines up to date; flu vaccine today.""", ped, e1)
    b.medstmt(rx("435", "albuterol", "albuterol 90 mcg/actuation inhaler with spacer"), "2 puffs every 4 hours as needed", "2023-09-01")
    b.medstmt(rx("3992", "epinephrine", "epinephrine 0.15 mg auto-injector"), "0.15 mg IM once for anaphylaxis", "2019-06-01")
    b.immunization("88", "Influenza, unspecified formulation", "2026-10-12")
    b.immunization("94", "MMRV", "2021-06-14")
    b.flag(textcc("Interpreter required - Vietnamese (parents)"), "2017-02-14", ped)
    return b, cases_meta(ROC, "near-miss", [],
                         "Kawasaki disease (an Orphanet-listed rare disease) is resolved since 2021 with normal coronaries; active problems are common (mild asthma, allergic rhinitis, peanut allergy).",
                         "Child with resolved Kawasaki disease (2021), now mild asthma", "Paediatrics")


def d40(cid):
    """Four active chronic conditions plus several resolved episodes - below the complexity threshold."""
    x = setup(cid, "cascade",
              dict(given=["Patricia", "A"], family="Lindgren", gender="female", birth="1965-08-22", mrn="CED-073391",
                   city="Olympia", state="WA", zipc="98501", line="1122 Capitol Way S", phone="360-555-0183",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Naomi", "Fairchild", "MD", "1669203847", "Endocrinology"),
               ("Peter", "Skarsgard", "MD", "1770394856", "Family Medicine")],
              "kaiser", "Kaiser Permanente WA Core HMO", "KPW1029384", "2015-01-01")
    b, endo, pcp = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("372687004", "Amoxicillin"), sct("271807003", "Eruption of skin", "Rash"), "2001-01-01")
    b.cond(sct("21983002", "Hashimoto thyroiditis", "Hashimoto thyroiditis with hypothyroidism"), onset="2008-01-01")
    b.cond(sct("59621000", "Essential hypertension"), onset="2014-01-01")
    b.cond(sct("235595009", "Gastroesophageal reflux disease"), onset="2016-01-01")
    b.cond(sct("195967001", "Asthma", "Mild persistent asthma"), onset="2000-01-01")
    b.cond(sct("11687002", "Gestational diabetes mellitus"), onset="1996-03-01", clin="resolved", abated="1996-07-01")
    b.cond(textcc("Closed fracture of right lateral malleolus"), onset="2023-01-14", clin="resolved", abated="2023-04-01")
    b.cond(sct("233604007", "Pneumonia", "Community-acquired pneumonia"), onset="2025-02-03", clin="resolved", abated="2025-02-20")
    b.cond(sct("128045006", "Cellulitis", "Cellulitis of left lower leg"), onset="2024-07-10", clin="resolved", abated="2024-07-24")
    b.medstmt(rx("10582", "levothyroxine", "levothyroxine 112 mcg tablet"), "112 mcg daily", "2008-02-01")
    b.medstmt(rx("29046", "lisinopril", "lisinopril 10 mg tablet"), "10 mg daily", "2014-02-01")
    b.medstmt(rx("40790", "pantoprazole", "pantoprazole 40 mg tablet"), "40 mg daily", "2016-02-01")
    b.medstmt(rx("41126", "fluticasone", "fluticasone propionate 110 mcg/actuation inhaler"), "2 puffs twice daily", "2019-01-01")
    b.medstmt(rx("435", "albuterol", "albuterol 90 mcg/actuation inhaler"), "2 puffs as needed", "2000-01-01")
    e1 = b.enc("2026-10-20", OFFICE_EST(4), endo, x.org, reason=sct("21983002", "Hashimoto thyroiditis"),
               dx=[icd("E06.3", "Autoimmune thyroiditis"), icd("E03.8", "Other specified hypothyroidism")])
    b.vitals("2026-10-20", e1, 128, 78, 70, 71.2)
    for d, tsh in [("2026-04-14", 2.8), ("2026-10-20", 2.2)]:
        b.lab(d, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", tsh, "m[IU]/L", 0.45, 4.5)
    b.lab("2026-10-20", "3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", 1.3, "ng/dL", 0.8, 1.8, enc=e1)
    b.note("2026-10-20", "Endocrine follow-up: Hashimoto hypothyroidism well replaced, TSH 2.2 on levothyroxine 112 mcg. No nodules on exam. Annual follow-up; PCP manages HTN, GERD, asthma.", endo, e1)
    e2 = b.enc("2026-08-11", OFFICE_EST(4), pcp, x.org, reason=textcc("Annual physical"),
               dx=[icd("Z00.00", "Encounter for general adult medical examination without abnormal findings"), icd("I10", "Essential (primary) hypertension"),
                   icd("J45.30", "Mild persistent asthma, uncomplicated")])
    b.vitals("2026-08-11", e2, 126, 76, 72, 71.6)
    b.lab("2026-08-11", "2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", 188, "mg/dL", None, 200, enc=e2)
    b.lab("2026-08-11", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.5, "%", 4.0, 5.6, enc=e2)
    b.immunization("141", "Influenza, seasonal, injectable", "2026-10-01")
    return b, cases_meta(ROC, "near-miss", [],
                         "Only 4 active chronic conditions (Hashimoto hypothyroidism, hypertension, GERD, asthma), all common and well controlled; the other problems are resolved - below the >=5 threshold, no rare disease.",
                         "Four common, controlled chronic conditions plus resolved past episodes", "Endocrinology / family medicine")


CASES = [d31, d32, d33, d34, d35, d36, d37, d38, d39, d40]
