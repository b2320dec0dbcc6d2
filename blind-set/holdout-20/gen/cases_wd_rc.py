from lib import *
from cases_ps_dm import case

EGFR = ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")


# ---------------------------------------------------------------- WORSENING_DESPITE_TREATMENT
@case("WORSENING_DESPITE_TREATMENT", "positive",
      "29F integrated plan: moderate persistent asthma in pharmacist-led asthma clinic; ACT falls 19->16->14->12 and FEV1 84%->71% over 9 months despite continuous ICS-formoterol with montelukast and tiotropium added",
      "Asthma Control Test fell by 7 points (MCID 3) across four values over 9 months while controller therapy was active throughout.")
def wd_asthma(cid):
    c = Case(cid, "sierra")
    c.org(npi="1134567894")
    plan = c.org("Sierra Valley Health Plan", npi="1245678915", typ="ins")
    c.patient(["Imani", "S."], "Okoro", "female", "1997-06-08", "SV-6620391", "4421 Broadway", "916-555-0188")
    pcp = c.prac("Daniel", "Reyes", "MD", "1356789126")
    pharm = c.prac("Grace", "Huang", "PharmD, BCACP", "1467891237", prefix=None)
    pulm = c.prac("Eitan", "Shapiro", "MD", "1578912348")
    c.coverage(plan, "SVH-440183902", "Sierra Valley Silver HMO")
    ast = c.cond(cc((ICD, "J45.40", "Moderate persistent asthma, uncomplicated"), (SCT, "427295004", "Moderate persistent asthma")), "2015-01-01", asserter=pcp)
    c.cond(cc((SCT, "61582004", "Allergic rhinitis"), (ICD, "J30.81", "Allergic rhinitis due to animal (cat) (dog) hair and dander")), "2012-01-01")
    c.medreq(cc((RXN, "1246319", "budesonide / formoterol Inhalation Aerosol"), text="budesonide-formoterol 160/4.5 mcg (Symbicort) - maintenance and reliever"), "active", "2025-06-02",
             "2 puffs twice daily and 1 puff as needed (max 12/day)", reason=ast, requester=pcp)
    c.medreq(rx("88249", "montelukast"), "active", "2026-04-20", "montelukast 10 mg nightly", reason=ast, requester=pharm)
    c.medreq(rx("69120", "tiotropium"), "active", "2026-08-17", "tiotropium soft mist 2.5 mcg 2 inhalations daily", reason=ast, requester=pulm)
    c.medreq(rx("1014676", "cetirizine hydrochloride 10 MG Oral Tablet"), "active", "2019-01-01", "10 mg daily", requester=pcp, reason_text="Allergic rhinitis")
    rows = [("2026-02-09", 19, 84, "Baseline in asthma clinic. Inhaler technique good. Adherence 92% by dose counter."),
            ("2026-05-11", 16, 78, "Night symptoms 2x/week. Montelukast added 4/20. Adherence 90%. Spacer/technique reviewed."),
            ("2026-08-10", 14, 74, "Prednisone burst 7/2026 for exacerbation. Adherence 94% (pharmacy fills on time). Referred to pulmonology; tiotropium added 8/17."),
            ("2026-11-09", 12, 71, "Worse despite triple controller therapy with verified adherence. Rescue use daily. Second prednisone burst 10/2026.")]
    for d, act, fev, txt in rows:
        e = c.enc(d, typ="Pharmacist asthma management clinic", reason="Asthma control", prac=pharm)
        c.survey(cc(text="ACT (Asthma Control) total score"), d, act, e, interp="A" if act < 20 else None)
        c.obs(cc((LNC, "20150-9", "FEV1"), text="FEV1 % predicted (clinic spirometry)"), d, (fev, "%"), "procedure", e, "L" if fev < 80 else "N")
        c.note(d, "progress", pharm, f"Asthma clinic (collaborative practice agreement). ACT {act}, FEV1 {fev}% predicted. {txt}", e)
    c.medreq(rx("8640", "prednisone"), "completed", "2026-07-06", "prednisone 40 mg daily x 5 days", reason=ast, requester=pcp)
    c.medreq(rx("8640", "prednisone"), "completed", "2026-10-12", "prednisone 40 mg daily x 5 days", reason=ast, requester=pcp)
    c.lab("26449-9", "Eosinophils [#/volume] in Blood", 0.52, "10*3/uL", "2026-08-24", 0.0, 0.5)
    c.lab("19113-0", "IgE [Units/volume] in Serum or Plasma", 410, "[IU]/mL", "2026-08-24", None, 100)
    return c


@case("WORSENING_DESPITE_TREATMENT", "positive",
      "63F transplant/kidney network CKD clinic: diabetic kidney disease; eGFR 41->37->33->29 and UACR rising through 2026 despite continuous maximal losartan, dapagliflozin and finerenone",
      "eGFR fell 12 mL/min/1.73m2 (~30%) across four values over 9 months, well beyond a clinically important decline, with kidney-protective treatment active throughout.")
def wd_dkd(cid):
    c = Case(cid, "heartland")
    c.org(npi="1265544334")
    ins = c.org("Medicare Advantage - Aetna", npi="1376655445", typ="ins")
    c.patient(["Guadalupe", "M."], "Estrada", "female", "1963-02-25", "HRT-3309127", "2315 S 24th St", "402-555-0161", lang=("es", "Spanish"))
    neph = c.prac("Corinne", "Lafleur", "MD", "1487766556")
    pcp = c.prac("Ramon", "Aguilar", "MD", "1598877667")
    dk = c.cond(cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), (SCT, "127013003", "Disorder of kidney due to diabetes mellitus")), "2019-01-01", asserter=neph)
    ckd = c.cond(cc((ICD, "N18.4", "Chronic kidney disease, stage 4 (severe)"), (SCT, "431857002", "Chronic kidney disease stage 4")), "2026-10-12", asserter=neph,
                 note="Previously stage 3b (N18.32) from 2023")
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2010-01-01")
    c.cond(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.2", "Mixed hyperlipidemia")), "2012-01-01")
    c.coverage(ins, "AET-MA-88120937", "Aetna Medicare Advantage PPO", start="2023-01-01")
    c.medreq(rx("52175", "losartan"), "active", "2023-01-01", "losartan 100 mg daily", reason=dk, requester=neph)
    c.medreq(rx("1488564", "dapagliflozin"), "active", "2025-08-04", "dapagliflozin 10 mg daily", reason=dk, requester=neph)
    c.medreq(rx("2562811", "finerenone"), "active", "2026-02-02", "finerenone 20 mg daily (increased from 10 mg 3/2026)", reason=dk, requester=neph)
    c.medreq(cc((RXN, "274783", "insulin glargine")), "active", "2021-01-01", "insulin glargine 18 units nightly", requester=pcp, reason_text="Type 2 diabetes")
    c.medreq(rx("83367", "atorvastatin"), "active", "2012-01-01", "atorvastatin 40 mg daily", requester=pcp, reason_text="Hyperlipidemia")
    rows = [("2026-01-12", 41, 1.42, 880, 7.2, (136, 80)), ("2026-04-13", 37, 1.55, 1210, 7.1, (138, 78)),
            ("2026-07-13", 33, 1.70, 1560, 7.3, (134, 80)), ("2026-10-12", 29, 1.90, 1920, 7.2, (136, 82))]
    for d, egfr, cr, uacr, a1c, bp in rows:
        e = c.enc(d, typ="CKD clinic (transplant network nephrology)", cpt=("99214", "Office/outpatient visit est"), reason="Diabetic kidney disease", prac=neph)
        c.lab(EGFR[0], EGFR[1], egfr, "mL/min/{1.73_m2}", d, 60, None, e)
        c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", cr, "mg/dL", d, 0.5, 1.1, e)
        c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", uacr, "mg/g", d, None, 30, e)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", a1c, "%", d, None, 5.7, e)
        c.vitals(d, e, bp=bp)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", 4.9, "mmol/L", "2026-10-12", 3.5, 5.1)
    c.note("2026-10-12", "progress", neph, """
CKD clinic (interpreter used). eGFR 41 -> 37 -> 33 -> 29 over 2026, UACR 880 -> 1920 mg/g despite adherence to losartan 100, dapagliflozin 10 (since 8/2025) and finerenone 20 (since 2/2026). BP 130s/80. A1c 7.2. No NSAIDs.
Progressing to CKD 4 despite maximal kidney-protective therapy. Check renal ultrasound and serologies to exclude second process. CKD education referral.
""", e)
    c.sr(cc((CPT, "76770", "Ultrasound, retroperitoneal (eg, renal, aorta, nodes), real time with image documentation; complete"), text="Renal ultrasound"), "active", "order", "2026-10-12",
         occ="2026-12-04", reason=ckd, requester=neph)
    return c


@case("WORSENING_DESPITE_TREATMENT", "positive",
      "13F neuroscience centre headache clinic: chronic migraine on topiramate since March 2026 (amitriptyline added July); diary headache days 12->16->21->24 and PedMIDAS 30->72",
      "Headache frequency doubled and PedMIDAS disability rose 42 points over 8.5 months (four values) while preventive treatment ran continuously.")
def wd_chronic_migraine(cid):
    c = Case(cid, "lakeshore")
    c.org(npi="1790011227")
    ins = c.org("Blue Cross and Blue Shield of Illinois", npi="1801122338", typ="ins")
    c.patient(["Nora", "J."], "Adeyemi-Hart", "female", "2013-09-25", "LCN-9912044", "901 Hinman Ave", "847-555-0102")
    hc = c.prac("Beatriz", "Salgado", "MD", "1912233448")
    psy = c.prac("Noah", "Feldman", "PhD", "1023344559")
    c.coverage(ins, "XOJ771029384", "BCBSIL Blue Choice PPO", rel="child")
    mig = c.cond(cc((ICD, "G43.719", "Chronic migraine without aura, intractable, without status migrainosus"), (SCT, "56097005", "Migraine without aura"), text="Chronic migraine"),
                 "2025-06-01", asserter=hc)
    c.cond(cc((SCT, "236069009", "Chronic constipation"), text="Functional constipation (age 6), resolved"), "2019-01-01", status="resolved", abate="2020-06-01")
    c.obs(cc((LNC, "24590-2", "MR Brain WO and W contrast IV")), "2025-08-14", "Normal MRI brain.", "imaging", None, "N")
    c.medreq(rx("38404", "topiramate"), "active", "2026-03-03", "topiramate 50 mg twice daily (titrated 3/2026, continued)", reason=mig, requester=hc)
    c.medreq(rx("704", "amitriptyline"), "active", "2026-07-14", "amitriptyline 20 mg at bedtime (added 7/2026)", reason=mig, requester=hc)
    c.medreq(rx("88014", "rizatriptan"), "active", "2025-08-14", "rizatriptan 10 mg ODT at onset, max 2 days/week", reason=mig, requester=hc)
    rows = [("2026-03-03", 12, 30, "Start topiramate; CBT referral."), ("2026-06-02", 16, 44, "Topiramate 50 BID adherent (mother gives doses). CBT attending."),
            ("2026-09-01", 21, 58, "Amitriptyline added 7/14 to topiramate. No medication overuse (acute meds <=8 days/month)."),
            ("2026-11-17", 24, 72, "Worse despite dual preventive therapy with good adherence and CBT; missed 14 school days this term.")]
    for d, days, ped, txt in rows:
        e = c.enc(d, typ="Headache clinic follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Chronic migraine", prac=hc)
        c.survey(cc(text="Headache days in past 30 days (diary)"), d, days, e)
        c.qr("https://lakeshorechildrens.org/fhir/Questionnaire/pedmidas", c.t(d, "09:30"), c.pat,
             [("pedmidas-total", "PedMIDAS total score", ped), ("grade", "Disability grade", {30: "Mild", 44: "Moderate", 58: "Moderate", 72: "Moderate"}[ped])], enc=e)
        c.note(d, "progress", hc, f"Headache clinic: {days} headache days/month, PedMIDAS {ped}. Neuro exam and fundi normal. {txt}", e)
    c.vitals("2026-11-17", e, bp=(108, 68), wt=47.3)
    c.note("2026-10-20", "School report", psy, "School counselor letter (Evanston Township): 14 absences this semester due to headaches; 504 plan accommodations in place (rest breaks, extended time).", title="School attendance letter")
    return c


@case("WORSENING_DESPITE_TREATMENT", "near-miss",
      "54M transplant network: kidney recipient (2020) with post-transplant diabetes on glargine + linagliptin; HbA1c drifts 7.6->7.8->7.9->8.0 over 9 months (below the 0.5% MCID)",
      "The monitored measure rose only 0.4 percentage points, below its minimal clinically important difference; graft function and other measures stable.")
def wd_nm_ptdm(cid):
    c = Case(cid, "midsouth")
    c.org(npi="1689900114")
    ins = c.org("Cigna HealthSpring Medicare", npi="1790011222", typ="ins")
    c.patient(["Frederick", "D."], "Amankwah", "male", "1972-10-19", "MS-KTX-0041127", "4120 Elvis Presley Blvd", "901-555-0114")
    tneph = c.prac("Harold", "Whitacre", "MD", "1891122336")
    pharm = c.prac("Sunita", "Bhatt", "PharmD", "1902233447", prefix=None)
    c.coverage(ins, "CHS-5520183", "Cigna HealthSpring Preferred", start="2024-01-01")
    tx = c.cond(cc((ICD, "Z94.0", "Kidney transplant status"), (SCT, "161665007", "History of renal transplant")), "2020-08-11",
                note="Living-unrelated donor kidney transplant 08/2020 (ESRD from hypertension). Stable graft.")
    dm = c.cond(cc((ICD, "E13.9", "Other specified diabetes mellitus without complications"), text="Post-transplant diabetes mellitus"), "2021-02-01", asserter=tneph)
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2009-01-01")
    c.cond(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.2", "Mixed hyperlipidemia")), "2021-01-01")
    c.medreq(rx("42316", "tacrolimus"), "active", "2020-08-11", "tacrolimus 2 mg twice daily, goal trough 5-8", reason=tx, requester=tneph)
    c.medreq(rx("68149", "mycophenolate mofetil"), "active", "2020-08-11", "mycophenolate mofetil 750 mg twice daily", reason=tx, requester=tneph)
    c.medreq(cc((RXN, "274783", "insulin glargine")), "active", "2022-05-01", "insulin glargine 26 units nightly", reason=dm, requester=pharm)
    c.medreq(rx("1100699", "linagliptin"), "active", "2023-03-01", "linagliptin 5 mg daily", reason=dm, requester=pharm)
    c.medreq(rx("17767", "amlodipine"), "active", "2020-10-01", "amlodipine 10 mg daily", reason=htn, requester=tneph)
    rows = [("2026-02-16", 7.6, 1.3, 6.4), ("2026-05-18", 7.8, 1.3, 6.8), ("2026-08-17", 7.9, 1.4, 5.9), ("2026-11-16", 8.0, 1.3, 6.2)]
    for d, a1c, cr, tac in rows:
        e = c.enc(d, typ="Transplant pharmacist diabetes/immunosuppression visit", reason="PTDM and tacrolimus monitoring", prac=pharm)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", a1c, "%", d, None, 5.7, e)
        c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", cr, "mg/dL", d, 0.7, 1.3, e, interp="N" if cr <= 1.3 else "H")
        c.lab("11253-2", "Tacrolimus [Mass/volume] in Blood", tac, "ng/mL", d, 5, 8, e)
    c.note("2026-11-16", "progress", pharm, """
Transplant pharmacist visit: A1c 8.0 (7.6 in Feb). Fasting SMBG 130-160. Glargine titrated 24 -> 26 units. Creatinine stable 1.3, tacrolimus in range. No hypoglycemia.
Plan: continue titration by 2 units q3 days to fasting <130; recheck A1c February. Consider GLP-1 RA if above goal.
""", e)
    c.vitals("2026-11-16", e, bp=(128, 76), wt=91.8)
    return c


@case("WORSENING_DESPITE_TREATMENT", "near-miss",
      "10M neuroscience centre: ADHD; Vanderbilt parent scores worsened 20->34->40 while methylphenidate was stopped June-October 2026 (summer pause then shortage), improving to 26 after restart",
      "The decline happened while treatment was not running (medication paused); since restarting, scores have improved, so it is not worsening despite treatment.")
def wd_nm_adhd(cid):
    c = Case(cid, "gulfcoast")
    c.org(npi="1609988779")
    ins = c.org("Blue Cross Blue Shield of Texas", npi="1700099880", typ="ins")
    c.patient(["Caleb", "T."], "Nguyen-Ashford", "male", "2016-05-02", "GCK-7730216", "10410 Westheimer Rd", "281-555-0174")
    dev = c.prac("Renata", "Villalobos", "MD", "1811100991")
    c.coverage(ins, "BCT-ZXA7740928", "Blue Choice PPO", rel="child")
    adhd = c.cond(cc((ICD, "F90.2", "Attention-deficit hyperactivity disorder, combined type"), (SCT, "406506008", "Attention deficit hyperactivity disorder")), "2025-08-20", asserter=dev)
    c.cond(cc((SCT, "232208008", "Ear canal infection"), text="Otitis externa"), "2025-07-01", status="resolved", abate="2025-07-15")
    c.medstmt(rx("6901", "methylphenidate", "methylphenidate ER 27 mg (Concerta)"), "stopped", "2025-09-02", "27 mg every morning", end="2026-05-30", reason=adhd,
              note="Family paused for summer; restart delayed by pharmacy shortage of ER formulation (Aug-Oct).")
    c.medreq(rx("6901", "methylphenidate", "methylphenidate ER 27 mg (Concerta)"), "active", "2026-10-26", "27 mg every morning", reason=adhd, requester=dev,
             note="Restarted 10/26/2026 after supply located")
    rows = [("2026-04-20", 20, "On methylphenidate 27 mg, doing well."), ("2026-07-15", 34, "Off medication since end of May (summer pause)."),
            ("2026-09-22", 40, "Still off medication - Concerta out of stock at 3 pharmacies; teacher reports off-task, incomplete work."),
            ("2026-11-17", 26, "Restarted 10/26; teacher and parent note clear improvement.")]
    for d, score, txt in rows:
        e = c.enc(d, typ="Developmental-behavioral pediatrics follow-up" if d != "2026-07-15" else "Telehealth follow-up", cls="AMB" if d != "2026-07-15" else "VR",
                  reason="ADHD", prac=dev)
        c.qr("https://gulfcoastkids.org/fhir/Questionnaire/vanderbilt-parent-followup", c.t(d, "08:45"), c.pat,
             [("symptom-total", "NICHQ Vanderbilt parent follow-up - total symptom score (items 1-18)", score)], enc=e)
        c.note(d, "progress", dev, f"ADHD follow-up. Vanderbilt parent symptom total {score}. {txt}", e)
    c.vitals("2026-11-17", e, bp=(102, 64), hr=88, wt=31.5)
    c.note("2026-09-30", "School report", dev, "Teacher Vanderbilt (Katy ISD, 4th grade): inattentive items 7/9 positive, hyperactive 6/9; performance problems in reading and written expression.", title="Teacher rating report")
    c.note("2026-11-20", "School report", dev, "Teacher follow-up note: since late October much better focus, homework completed 4/5 days.", title="Teacher update")
    return c


# ---------------------------------------------------------------- RARE_OR_COMPLEX_CONDITION
@case("RARE_OR_COMPLEX_CONDITION", "positive",
      "6F neuroscience centre: Dravet syndrome (SCN1A pathogenic variant) on valproate, clobazam, stiripentol and fenfluramine; seizures improving; IEP at school",
      "Dravet syndrome is a rare developmental and epileptic encephalopathy (Orphanet rare disease; ICD-10-CM G40.834); active on the problem list.")
def rc_dravet(cid):
    c = Case(cid, "pinecrest")
    c.org(npi="1306998871")
    ins = c.org("Health First Colorado (Medicaid)", npi="1407887769", typ="ins")
    c.patient(["Amelia", "R."], "Thorsen", "female", "2020-01-22", "PC-6622013", "19875 E Ida Pl", "720-555-0127", city="Aurora")
    epi = c.prac("Marcus", "Delacroix", "MD", "1851234561")
    gen = c.prac("Helena", "Sato", "MD, MS", "1962345672")
    card = c.prac("Paul", "Jorgensen", "MD", "1073456781")
    c.coverage(ins, "HFC-M2290183", "Health First Colorado", typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"), rel="child")
    dr = c.cond(cc((ICD, "G40.834", "Dravet syndrome, intractable, without status epilepticus"), text="Dravet syndrome (SCN1A)"), "2021-03-15", asserter=epi)
    gdd = c.cond(cc((ICD, "F88", "Other disorders of psychological development"), (SCT, "248290002", "Developmental delay"), text="Global developmental delay"), "2022-06-01", asserter=epi)
    gv = c.obs(cc((LNC, "69548-6", "Genetic variant assessment"), text="Epilepsy gene panel"), "2021-03-10",
               "SCN1A c.4573C>T p.(Arg1525Ter), heterozygous, de novo - Pathogenic", "laboratory", None, "A")
    c.dr(cc((LNC, "51969-4", "Genetic analysis report")), "2021-03-10", "Pathogenic de novo SCN1A nonsense variant, consistent with Dravet syndrome.", [gv], performer=gen,
         cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "GE", "Genetics"))
    for code, name, dose, start in [("11118", "valproic acid", "valproic acid 250 mg twice daily", "2021-04-01"),
                                   ("21241", "clobazam", "clobazam 5 mg twice daily", "2021-06-01")]:
        c.medreq(rx(code, name), "active", start, dose, reason=dr, requester=epi)
    c.medreq(cc(text="stiripentol 250 mg powder for oral suspension (Diacomit)"), "active", "2022-02-01", "500 mg twice daily", reason=dr, requester=epi)
    c.medreq(cc(text="fenfluramine 2.2 mg/mL oral solution (Fintepla)"), "active", "2024-05-01", "0.2 mg/kg twice daily (max 17 mg/day with stiripentol)", reason=dr, requester=epi)
    c.medreq(rx("6960", "midazolam", "midazolam nasal spray 5 mg"), "active", "2024-01-01", "5 mg intranasal for seizure > 3 min, may repeat once", reason=dr, requester=epi)
    for d, n in [("2026-03-17", 9), ("2026-07-14", 6), ("2026-11-10", 5)]:
        e = c.enc(d, typ="Comprehensive epilepsy clinic", cpt=("99215", "Office/outpatient visit est"), reason="Dravet syndrome", prac=epi)
        c.survey(cc(text="Convulsive seizures per month (parent diary)"), d, n, e)
    c.obs(cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="Echocardiogram (fenfluramine monitoring)"), "2026-05-12", "Normal valves, no regurgitation, no pulmonary hypertension.", "imaging", None, "N", performer=card)
    c.careplan("Seizure emergency action plan", cc(text="Seizure action plan"), "active", "2024-01-01", "Rescue midazolam at 3 minutes; call 911 at 5 minutes or cluster; avoid overheating and sodium-channel blockers.",
               ["Rescue medication at school and home", "Avoid carbamazepine/oxcarbazepine/lamotrigine/phenytoin"], addresses=dr, author=epi)
    c.note("2026-11-10", "progress", epi, "Dravet syndrome. Convulsive seizures down to 5/month on VPA/CLB/STP/FFA. No status since 2024. Echo normal. Developmental: 2-3 word phrases, PT/OT/SLP at school (IEP). Continue.", e)
    c.note("2026-09-15", "School report", epi, "Kindergarten IEP (Aurora Public Schools): 1:1 para for seizure safety, rescue med trained staff, adapted PE.", title="IEP summary")
    c.vitals("2026-11-10", e, wt=21.4, hr=98)
    return c


@case("RARE_OR_COMPLEX_CONDITION", "positive",
      "74F integrated plan: seven active chronic conditions across endocrinology, cardiology, pulmonology, nephrology, orthopaedics and psychiatry, all stable; registry and care-gap management",
      "Complexity: >= 5 active chronic conditions (T2DM, HFpEF, COPD, CKD 3a, knee OA, recurrent depression, hypothyroidism) across >= 3 specialties.")
def rc_complex(cid):
    c = Case(cid, "sierra")
    c.org(npi="1134567895")
    plan = c.org("Sierra Valley Health Plan - Senior Advantage", npi="1245678916", typ="ins")
    c.patient(["Dolores", "E."], "Marchbanks", "female", "1952-08-17", "SV-0092214", "7740 Greenback Ln", "916-555-0112", city="Citrus Heights", zip_="95610")
    pcp = c.prac("Daniel", "Reyes", "MD", "1356789127")
    card = c.prac("Sanjay", "Mehta", "MD", "1467891238")
    pulm = c.prac("Eitan", "Shapiro", "MD", "1578912349")
    bh = c.prac("Laura", "Kim", "PsyD", "1689123451")
    c.coverage(plan, "SVS-220149903", "Sierra Valley Senior Advantage HMO", start="2017-09-01")
    dm = c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications"), (SCT, "44054006", "Diabetes mellitus type 2")), "2006-01-01", asserter=pcp)
    hf = c.cond(cc((ICD, "I50.32", "Chronic diastolic (congestive) heart failure"), (SCT, "446221000", "Heart failure with normal ejection fraction")), "2021-04-01", asserter=card)
    copd = c.cond(cc((ICD, "J44.89", "Other forms of chronic obstructive pulmonary disease"), (SCT, "13645005", "Chronic obstructive lung disease")), "2015-01-01", asserter=pulm)
    ckd = c.cond(cc((ICD, "N18.31", "Chronic kidney disease, stage 3a"), (SCT, "700378005", "Chronic kidney disease stage 3A")), "2022-01-01", asserter=pcp)
    oa = c.cond(cc((ICD, "M17.0", "Bilateral primary osteoarthritis of knee"), (SCT, "239873007", "Osteoarthritis of knee")), "2016-01-01")
    mdd = c.cond(cc((ICD, "F33.1", "Major depressive disorder, recurrent, moderate"), (SCT, "66344007", "Recurrent major depression")), "2010-01-01", asserter=bh)
    hypo = c.cond(cc((ICD, "E03.8", "Other specified hypothyroidism"), (SCT, "40930008", "Hypothyroidism")), "2012-01-01")
    meds = [("6809", "metformin", "metformin 500 mg twice daily (renally dosed)", dm), ("1545653", "empagliflozin", "empagliflozin 10 mg daily", hf),
            ("4603", "furosemide", "furosemide 20 mg daily", hf), ("36437", "sertraline", "sertraline 100 mg daily", mdd),
            ("10582", "levothyroxine", "levothyroxine 88 mcg daily", hypo), ("161", "acetaminophen", "acetaminophen 650 mg three times daily as needed", oa)]
    for code, name, dose, r in meds:
        c.medreq(rx(code, name), "active", "2024-01-01", dose, reason=r, requester=pcp)
    c.medreq(cc((RXN, "1927986", "fluticasone furoate / umeclidinium / vilanterol Dry Powder Inhaler")), "active", "2023-03-01", "1 inhalation daily", reason=copd, requester=pulm)
    c.episode(cc(text="Population health registry: diabetes"), "active", "2006-01-01", pcp, [dm])
    c.episode(cc(text="Population health registry: heart failure"), "active", "2021-04-01", card, [hf])
    e1 = c.enc("2026-05-14", typ="Office visit - chronic care", cpt=("99215", "Office/outpatient visit est"), reason="Chronic disease management", prac=pcp)
    e2 = c.enc("2026-11-12", typ="Office visit - chronic care", cpt=("99215", "Office/outpatient visit est"), reason="Chronic disease management", prac=pcp)
    for d, e, a1c, egfr, phq in [("2026-05-14", e1, 7.1, 52, 7), ("2026-11-12", e2, 7.0, 51, 6)]:
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", a1c, "%", d, None, 5.7, e)
        c.lab(EGFR[0], EGFR[1], egfr, "mL/min/{1.73_m2}", d, 60, None, e)
        c.survey(cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), d, phq, e)
    c.vitals("2026-11-12", e2, bp=(128, 72), hr=72, wt=81.6, spo2=94, bmi=31.8)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.6, "m[IU]/L", "2026-11-12", 0.45, 4.5, e2)
    c.note("2026-11-12", "progress", pcp, """
Chronic care visit. T2DM A1c 7.0 (goal <7.5), HFpEF euvolemic NYHA II, COPD stable no exacerbations this year, CKD 3a stable eGFR 51, bilateral knee OA managed with PT/acetaminophen, recurrent MDD in partial remission (PHQ-9 6), hypothyroid TSH 2.6.
Care gaps closed: retinal exam, flu vaccine. Follows with cardiology, pulmonology, behavioral health. Continue current plan.
""", e2, title="Chronic care visit / after-visit summary")
    c.flag(cc(text="Care gap: diabetic retinal exam due"), "inactive", "2026-01-02", c.mainorg, end="2026-06-20")
    c.immun(cc(("http://hl7.org/fhir/sid/cvx", "197", "influenza, high-dose, quadrivalent")), "2026-10-01")
    return c


@case("RARE_OR_COMPLEX_CONDITION", "positive",
      "34M transplant/kidney network: classic Fabry disease (GLA variant) with CKD 3a, left ventricular hypertrophy and acroparesthesia; biweekly agalsidase beta infusions; stable",
      "Fabry disease is a rare lysosomal storage disorder (Orphanet; ICD-10-CM E75.21) and is active and managed.")
def rc_fabry(cid):
    c = Case(cid, "northern")
    c.org(npi="1518877667")
    inf = c.org("Northern Plains Infusion Center - Edina", npi="1629988778", typ="dept")
    ins = c.org("Blue Cross and Blue Shield of Minnesota", npi="1730099888", typ="ins")
    c.patient(["Nathaniel", "P."], "Haugen", "male", "1992-04-03", "NPK-0990218", "5120 France Ave S", "952-555-0141", city="Edina", zip_="55410")
    neph = c.prac("Lars", "Eriksen", "MD", "1841100990")
    card = c.prac("Olivia", "Strand", "MD", "1952211001")
    genc = c.prac("Maya", "Feldman", "MS, CGC", "1063322111", prefix=None)
    c.coverage(ins, "BCBSM-XZ4410292", "Blue Plus Aware PPO")
    fab = c.cond(cc((ICD, "E75.21", "Fabry (-Anderson) disease"), (SCT, "16652001", "Fabry's disease")), "2019-05-01", asserter=neph,
                 note="Classic phenotype. Mother and maternal aunt are heterozygous carriers.")
    ckd = c.cond(cc((ICD, "N18.31", "Chronic kidney disease, stage 3a"), (SCT, "700378005", "Chronic kidney disease stage 3A")), "2022-09-01", asserter=neph)
    c.cond(cc((ICD, "I51.7", "Cardiomegaly"), text="Left ventricular hypertrophy due to Fabry disease"), "2023-02-01", asserter=card)
    c.cond(cc((SCT, "247398009", "Neuropathic pain"), text="Fabry acroparesthesia"), "2005-01-01")
    gv = c.obs(cc((LNC, "69548-6", "Genetic variant assessment"), text="GLA gene sequencing"), "2019-04-20", "GLA c.1025G>A p.(Arg342Gln), hemizygous - Pathogenic", "laboratory", None, "A", performer=genc)
    c.lab("1812-6", "Alpha galactosidase [Enzymatic activity/mass] in Leukocytes", 1.1, "nmol/h/mg", "2019-04-20", 23, 80, note="Markedly deficient")
    c.medreq(cc((HCPCS, "J0180", "Injection, agalsidase beta, 1 mg"), text="agalsidase beta (Fabrazyme) 1 mg/kg IV"), "active", "2019-07-01", "1 mg/kg IV every 2 weeks at infusion center", reason=fab, requester=neph)
    c.medreq(rx("52175", "losartan"), "active", "2022-09-01", "losartan 50 mg daily", reason=ckd, requester=neph)
    c.medreq(rx("25480", "gabapentin"), "active", "2019-05-01", "gabapentin 300 mg three times daily", requester=neph, reason_text="Fabry acroparesthesia")
    for d, egfr, upcr, lyso in [("2026-02-09", 58, 0.42, 28), ("2026-06-08", 57, 0.40, 25), ("2026-10-12", 58, 0.38, 23)]:
        e = c.enc(d, typ="Nephrology / lysosomal disease clinic", cpt=("99214", "Office/outpatient visit est"), reason="Fabry disease", prac=neph)
        c.lab(EGFR[0], EGFR[1], egfr, "mL/min/{1.73_m2}", d, 60, None, e)
        c.lab("2890-2", "Protein/Creatinine [Mass Ratio] in Urine", upcr, "mg/mg", d, None, 0.2, e)
        c.obs(cc(text="Globotriaosylsphingosine (lyso-Gb3), plasma"), d, (lyso, "nmol/L"), "laboratory", e, "H", {"high": {"value": 1.8, "unit": "nmol/L"}})
    c.obs(cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="Cardiac MRI"), "2026-04-14", "Concentric LVH, max wall 14 mm (stable vs 2025), low native T1, no LGE. LVEF 64%.", "imaging", None, "A", performer=card)
    c.proc(cc((HCPCS, "J0180", "Injection, agalsidase beta, 1 mg"), (CPT, "96365", "Intravenous infusion, for therapy, prophylaxis, or diagnosis; initial, up to 1 hour"), text="Agalsidase beta infusion"),
           "completed", "2026-11-23", reason=fab, note="Infusion #191, premedicated, no infusion reaction.")
    c.note("2026-10-12", "progress", neph, "Fabry disease on ERT since 2019. eGFR stable 57-58, UPCR 0.38 improving, lyso-Gb3 trending down. Cardiac MRI stable LVH. Pain controlled. Continue ERT q2wk, losartan. Cascade screening of siblings done.", e)
    return c


@case("RARE_OR_COMPLEX_CONDITION", "near-miss",
      "7M neuroscience centre: post-influenza calf pain and refusal to walk with CK 6,800 - benign acute childhood myositis, resolved within 2 weeks; neuromuscular clinic finds no muscular dystrophy",
      "The high CK raised concern for a rare neuromuscular disease, but the diagnosis was a common self-limited post-viral myositis that resolved; only mild intermittent asthma remains.")
def rc_nm_myositis(cid):
    c = Case(cid, "gulfcoast")
    c.org(npi="1609988770")
    ins = c.org("Texas Children's Health Plan (Medicaid)", npi="1700099881", typ="ins")
    c.patient(["Diego", "A."], "Ramirez-Koh", "male", "2019-01-09", "GCK-8812290", "6502 Stuebner Airline Rd", "281-555-0157", lang=("es", "Spanish"))
    ed = c.prac("Kenneth", "Obi", "MD", "1811100992")
    nm = c.prac("Sylvia", "Marchand", "MD", "1922211001")
    c.coverage(ins, "TCHP-MCD-4410928", "STAR Medicaid", typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"), rel="child")
    c.cond(cc((ICD, "J45.20", "Mild intermittent asthma, uncomplicated"), (SCT, "195967001", "Asthma")), "2022-03-01")
    flu = c.cond(cc((ICD, "J10.1", "Influenza due to other identified influenza virus with other respiratory manifestations"), text="Influenza B"), "2026-02-04", status="resolved", abate="2026-02-14", cat="encounter-diagnosis")
    e1 = c.enc("2026-02-10", "EMER", "Emergency department visit", reason="Refuses to walk, calf pain", prac=ed, hm="18:00")
    my = c.cond(cc((ICD, "M60.88", "Other myositis, other site"), text="Benign acute childhood myositis (post-influenza B)"), "2026-02-09", status="resolved", abate="2026-02-24",
                cat="encounter-diagnosis", enc=e1, asserter=ed)
    c.obs(cc((LNC, "94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection"), text="Respiratory viral panel"), "2026-02-10",
          "Influenza B detected; SARS-CoV-2 not detected", "laboratory", e1, "A", hm="18:30")
    c.lab("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", 6800, "U/L", "2026-02-10", 60, 305, e1, hm="18:40")
    c.lab("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", 12, "mg/dL", "2026-02-10", 5, 18, e1, hm="18:40")
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.4, "mg/dL", "2026-02-10", 0.3, 0.7, e1, hm="18:40")
    c.obs(cc(text="Urine dipstick - blood"), "2026-02-10", cc((SCT, "260385009", "Negative")), "laboratory", e1, "NEG", hm="18:45")
    c.note("2026-02-10", "ed", ed, "7M with 5 days influenza-like illness then bilateral calf pain, toe walking, refuses to walk. Calves tender, strength 5/5 proximally, reflexes normal. CK 6800, UA no myoglobinuria, Cr normal. BACM. Oral fluids, ibuprofen, recheck CK 1-2 weeks; neuromuscular follow-up to confirm recovery.", e1)
    e2 = c.enc("2026-02-24", typ="Primary care follow-up", reason="CK recheck")
    c.lab("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", 182, "U/L", "2026-02-24", 60, 305, e2)
    e3 = c.enc("2026-03-10", typ="Neuromuscular clinic", cpt=("99203", "Office/outpatient visit new"), reason="Elevated CK follow-up", prac=nm)
    c.obs(cc(text="Neuromuscular examination"), "2026-03-10", "Normal gait, runs and jumps, Gowers sign absent, no calf hypertrophy, strength 5/5 throughout, reflexes 2+.", "exam", e3, "N")
    c.note("2026-03-10", "consult", nm, "Benign acute childhood myositis following influenza B, fully resolved; CK normalized (182). Normal exam, normal development and no family history. No evidence of muscular dystrophy or metabolic myopathy; genetic work-up not indicated. Discharged.", e3)
    c.medreq(rx("435", "albuterol"), "active", "2022-03-01", "2 puffs every 4 h as needed", requester=ed, reason_text="Asthma")
    c.immun(cc(("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free")), "2026-10-15")
    c.vitals("2026-03-10", e3, wt=23.8, hr=92)
    return c


@case("RARE_OR_COMPLEX_CONDITION", "near-miss",
      "69M integrated plan: four active chronic conditions (hypertension, type 2 diabetes, obstructive sleep apnoea, gout) plus resolved pneumonia and fracture; all well controlled",
      "Only four active chronic conditions (below the >= 5 threshold) and none rare; the other entries are resolved.")
def rc_nm_four(cid):
    c = Case(cid, "cascadia")
    c.org(npi="1437112238", alias="CPMG Federal Way Medical Office")
    plan = c.org("Cascadia Health Plan of Washington - Medicare", npi="1548223349", typ="ins")
    c.patient(["Samuel", "T."], "Fa'alogo", "male", "1957-03-08", "CP00552718", "33210 1st Way S", "253-555-0190", city="Federal Way", zip_="98003")
    pcp = c.prac("Henry", "Osei", "MD", "1679012340")
    pharm = c.prac("Diane", "Chu", "PharmD", "1689123452", prefix=None)
    c.coverage(plan, "CHM-330291847", "Cascadia Medicare Advantage", start="2022-03-01")
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2008-01-01")
    dm = c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications"), (SCT, "44054006", "Diabetes mellitus type 2")), "2014-01-01")
    osa = c.cond(cc((ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)"), (SCT, "78275009", "Obstructive sleep apnea syndrome")), "2019-01-01")
    gout = c.cond(cc((ICD, "M1A.0710", "Idiopathic chronic gout, right ankle and foot, without tophus (tophi)"), (SCT, "90560007", "Gout")), "2016-01-01")
    c.cond(cc((ICD, "J18.9", "Pneumonia, unspecified organism"), (SCT, "385093006", "Community acquired pneumonia")), "2025-01-20", status="resolved", abate="2025-02-10", cat="encounter-diagnosis")
    c.cond(cc((ICD, "S82.61XA", "Displaced fracture of lateral malleolus of right fibula, initial encounter for closed fracture"), text="Right ankle fracture"), "2019-09-02", status="resolved", abate="2019-12-01")
    for code, name, dose, r in [("29046", "lisinopril", "lisinopril 40 mg daily", htn), ("17767", "amlodipine", "amlodipine 10 mg daily", htn),
                                ("6809", "metformin", "metformin 1000 mg twice daily", dm), ("519", "allopurinol", "allopurinol 300 mg daily", gout)]:
        c.medreq(rx(code, name), "active", "2023-01-01", dose, reason=r, requester=pcp)
    c.medreq(rx("83367", "atorvastatin"), "active", "2014-06-01", "atorvastatin 20 mg daily", reason=dm, requester=pcp, note="Primary prevention - diabetes")
    c.medstmt(cc(text="CPAP 10 cm H2O nightly"), "active", "2019-03-01", "nightly", reason=osa)
    c.episode(cc(text="Population health registry: diabetes"), "active", "2014-01-01", pcp, [dm])
    for d, a1c, urate, bp in [("2026-05-20", 6.9, 5.4, (128, 78)), ("2026-11-18", 6.8, 5.6, (126, 76))]:
        e = c.enc(d, typ="Pharmacist chronic disease clinic", reason="Diabetes/hypertension follow-up", prac=pharm)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", a1c, "%", d, None, 5.7, e)
        c.lab("3084-1", "Urate [Mass/volume] in Serum or Plasma", urate, "mg/dL", d, 3.5, 7.2, e)
        c.vitals(d, e, bp=bp, wt=108.4)
    c.obs(cc(text="CPAP compliance download"), "2026-11-10", "Usage >4 h on 93% of nights, residual AHI 2.1", "procedure", None, "N")
    c.note("2026-11-18", "progress", pharm, "Pharmacist visit: A1c 6.8, BP 126/76, urate 5.6 at goal, no gout flares 2026, CPAP adherent. Continue regimen. Flu and RSV vaccines given.", e)
    c.immun(cc(("http://hl7.org/fhir/sid/cvx", "305", "RSV, bivalent, protein subunit RSVpreF")), "2026-11-18")
    return c
