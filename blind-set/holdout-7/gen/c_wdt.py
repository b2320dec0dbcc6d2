from fhirlib import *
from sites import SITES


def wdt_p1(cid):
    """54F seropositive RA: CDAI/DAS28 rising Apr->Oct 2026 despite methotrexate + hydroxychloroquine."""
    r = Rec(cid, SITES["lakeshore"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Ramona", "Esquivel", npi="1598230476", gender="female")
    rh = r.practitioner("Victor", "Lindahl", npi="1427039586", gender="male")
    r.patient("Theresa Ann", "Nowicki", "female", "1972-02-28", "E3310298", "5842 N Milwaukee Ave", "Chicago", "IL", "60646", "773-555-0175", gp=pcp,
              marital=("M", "Married"))
    r.coverage("Blue Cross Blue Shield of Illinois", "Blue Choice PPO", "XOF559302184")
    ra = r.condition("Rheumatoid arthritis with rheumatoid factor of multiple sites", icd=("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"),
                     sct=("69896004", "Rheumatoid arthritis"), onset="2025-06-01", recorded="2025-09-16", note="RF 88, anti-CCP > 250. Erosion right MTP5 on baseline films.")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2020-01-01", recorded="2020-04-14")
    r.condition("Right ankle sprain", icd=("S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter"), sct=("44465007", "Sprain of ankle"),
                onset="2022-05-30", clinical="resolved", abate="2022-07-15", recorded="2022-05-30")
    mtx = r.med("Methotrexate 2.5 MG Oral Tablet", authored="2025-09-16T10:00:00-05:00", dose="8 tablets (20 mg) by mouth once weekly (dose reached 11/2025)", reasons=[ra], requester=rh)
    r.med("Folic Acid 1 MG Oral Tablet", authored="2025-09-16T10:00:00-05:00", dose="1 tablet daily except methotrexate day", reasons=[ra], requester=rh)
    hcq = r.med("Hydroxychloroquine Sulfate 200 MG Oral Tablet", authored="2026-03-24T10:00:00-05:00", dose="1 tablet twice daily", reasons=[ra], requester=rh)
    visits = (("2026-03-24", 11.0, 3.7, 6.1, "Partial response to MTX 20 mg; add hydroxychloroquine."),
              ("2026-04-14", 13.0, 3.9, 7.4, None),
              ("2026-07-21", 21.5, 4.7, 14.2, "Flare despite MTX + HCQ, adherent (pharmacy fills on time). 8 tender, 6 swollen joints."),
              ("2026-10-27", 29.0, 5.4, 22.6, None))
    for d, cdai, das, crp, txt in visits:
        e = r.encounter(d, "AMB", "Rheumatology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[ra], prac=rh)
        r.score((L, "RHEUM-CDAI", "Clinical Disease Activity Index (CDAI) for rheumatoid arthritis"), cdai, d, enc=e)
        r.score((L, "RHEUM-DAS28CRP", "Disease Activity Score 28 joints, CRP (DAS28-CRP)"), das, d, enc=e)
        r.obs(("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), crp, "mg/L", d, low=0, high=8, enc=e)
        if txt:
            r.note(f"Rheumatology {d[5:7]}/{d[8:10]}/{d[:4]}. {txt} CDAI {cdai}, DAS28-CRP {das}.", d, author=rh, enc=e)
    r.report(("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "2026-10-27", bmp(cr=0.71, egfr=99) + hepatic(alt=31, short=True), enc=e)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-10-27", cbc(12.2, wct=8.9, plt=412, sex="F"), enc=e)
    r.vitals("2026-10-27", e, sbp=128, dbp=78, wt=70.3)
    r.note("""Rheumatology 10/27/2026. Seropositive erosive RA. Steadily worse since spring despite methotrexate 20 mg weekly (since 11/2025) and
hydroxychloroquine (since 03/2026), confirmed adherent: CDAI 13 -> 21.5 -> 29 (high activity), DAS28-CRP 3.9 -> 5.4, CRP 22.6.
Morning stiffness 2 h, difficulty with buttons and stairs. Plan: add TNF inhibitor (adalimumab) - prior authorization submitted;
prednisone 10 mg bridge. Repeat hand/foot films.""", "2026-10-27", author=rh, enc=e)
    r.med("Adalimumab 40 MG/0.4ML Auto-Injector", status="draft", intent="proposal", authored="2026-10-27T11:30:00-05:00", dose="40 mg subcutaneously every 14 days",
          reasons=[ra], requester=rh, note="Pending prior authorization.")
    r.med("predniSONE 10 MG Oral Tablet", authored="2026-10-27T11:30:00-05:00", dose="1 tablet daily x 4 weeks then taper", reasons=[ra], requester=rh)
    r.med("Lisinopril 10 MG Oral Tablet", authored="2026-01-06T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    return r


def wdt_p2(cid):
    """67M COPD on triple inhaled therapy since 11/2025; CAT 15 -> 27 over 9 months, FEV1 falling."""
    r = Rec(cid, SITES["northwoods"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Erik", "Solheim", npi="1215093846", gender="male")
    pulm = r.practitioner("Deborah", "Kaczmarek", npi="1730592846", gender="female")
    r.patient("Leonard Roy", "Haugen", "male", "1959-04-02", "NW0015522", "2830 W 3rd St", "Duluth", "MN", "55806", "218-555-0144", gp=pcp, marital=("W", "Widowed"))
    r.coverage("UCare", "UCare Medicare Advantage", "UC90283745", ptype=("MCPOL", "managed care policy"))
    copd = r.condition("Chronic obstructive pulmonary disease, GOLD grade 3, group E", icd=("J44.89", "Other specified chronic obstructive pulmonary disease"),
                       sct=("13645005", "Chronic obstructive lung disease"), onset="2016-01-01", recorded="2016-05-10")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2011-01-01", recorded="2012-01-20")
    r.condition("Personal history of nicotine dependence", icd=("Z87.891", "Personal history of nicotine dependence"), sct=("8517006", "Ex-smoker"), onset="2019-01-01",
                recorded="2019-06-01", note="45 pack-years, quit 2019.")
    r.condition("Acute exacerbation of COPD", icd=("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), sct=("195951007", "Acute exacerbation of chronic obstructive airways disease"),
                onset="2026-07-09", clinical="resolved", abate="2026-07-24", cat="encounter-diagnosis", recorded="2026-07-09")
    trel = r.med("Fluticasone furoate 100 MCG / Umeclidinium 62.5 MCG / Vilanterol 25 MCG Inhalation Powder (Trelegy Ellipta)", authored="2025-11-04T10:00:00-06:00",
                 dose="1 inhalation once daily", reasons=[copd], requester=pulm)
    r.med("Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", authored="2025-11-04T10:00:00-06:00", dose="2 puffs every 4 h as needed", reasons=[copd], requester=pulm)
    for d, cat, fev, txt in (("2026-02-10", 15, 48, None), ("2026-05-19", 19, 45, None),
                             ("2026-08-25", 24, None, "After July exacerbation, not back to baseline. Inhaler technique and adherence verified (dose counter, pharmacy fills)."),
                             ("2026-11-10", 27, 41, None)):
        e = r.encounter(d, "AMB", "Pulmonology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[copd], prac=pulm)
        r.score((L, "PULM-CAT", "CAT (COPD assessment questionnaire) total score"), cat, d, enc=e, note="Range 0-40; higher = greater impact.")
        if fev:
            r.obs((L, "PFT-FEV1PP", "FEV1 post-bronchodilator % predicted"), fev, "%", d, cat="procedure", enc=e, low=80, high=None)
        if txt:
            r.note(f"Pulmonology {d}. {txt} CAT {cat}.", d, author=pulm, enc=e)
    r.vitals("2026-11-10", e, sbp=136, dbp=78, hr=88, wt=74.8, spo2=91)
    e_ex = r.encounter("2026-07-09", "AMB", "Pulmonology same-day visit", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[copd], prac=pulm)
    r.med("predniSONE 40 MG daily x 5 days", status="completed", authored="2026-07-09T14:00:00-05:00", dose="40 mg by mouth daily for 5 days", reasons=[copd], requester=pulm)
    r.med("Doxycycline hyclate 100 MG Oral Capsule", status="completed", authored="2026-07-09T14:00:00-05:00", dose="1 capsule twice daily for 5 days", reasons=[copd], requester=pulm)
    r.obs(("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), 142, "pg/mL", "2026-11-10", low=0, high=450, enc=e)
    r.obs(("26449-9", "Eosinophils [#/volume] in Blood"), 0.18, "10*3/uL", "2026-11-10", low=0.0, high=0.4, enc=e)
    r.note("""Pulmonology 11/10/2026. COPD progressively worse over 2026 despite full triple inhaled therapy since 11/2025 with verified adherence
and technique: CAT 15 (Feb) -> 19 -> 24 -> 27 (Nov); post-BD FEV1 48% -> 41% predicted; now mMRC 3, resting SpO2 91%.
One moderate exacerbation (07/2026). NT-proBNP normal, no cardiac cause suspected. Eosinophils 180.
Plan: pulmonary rehabilitation referral, ambulatory oximetry for O2, consider roflumilast/azithromycin.""", "2026-11-10", author=pulm, enc=e)
    r.service_request("Pulmonary rehabilitation", [(HCPCS, "G0424", "Pulmonary rehabilitation, including exercise (includes monitoring), one hour, per session, up to two sessions per day"),
                      (L, "REF-PULMREHAB", "AMB REFERRAL PULMONARY REHAB")], status="active", authored="2026-11-10", reasons=[copd], requester=pulm,
                      category=("3457005", "Patient referral"))
    r.med("Amlodipine 5 MG Oral Tablet", authored="2026-01-12T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    return r


def wdt_p3(cid):
    """38M generalized anxiety disorder; GAD-7 9 -> 14 -> 18 (Apr-Oct) on escitalopram 20 mg + CBT."""
    r = Rec(cid, SITES["harbor"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Nicole", "Abernathy-Cho", npi="1083592746", gender="female")
    psy = r.practitioner("Isaac", "Rosenblatt", npi="1275039486", gender="male")
    r.patient("Andre Marcus", "Whitley", "male", "1988-06-30", "HP6628193", "1208 W 36th St", "Baltimore", "MD", "21211", "443-555-0162", gp=pcp,
              marital=("S", "Never Married"))
    r.coverage("UnitedHealthcare", "Choice Plus", "UHC551920384")
    gad = r.condition("Generalized anxiety disorder", icd=("F41.1", "Generalized anxiety disorder"), sct=("21897009", "Generalized anxiety disorder"),
                      onset="2025-09-01", recorded="2026-01-20")
    ins = r.condition("Primary insomnia", icd=("F51.01", "Primary insomnia"), sct=("191997003", "Persistent insomnia"), onset="2025-10-01", recorded="2026-01-20")
    r.condition("Lateral epicondylitis, right elbow", icd=("M77.11", "Lateral epicondylitis, right elbow"), sct=("202855006", "Lateral epicondylitis"), onset="2023-03-01",
                clinical="resolved", abate="2023-08-01", recorded="2023-03-14")
    r.med("Escitalopram 10 MG Oral Tablet", status="completed", authored="2026-01-20T10:00:00-05:00", dose="1 tablet daily", reasons=[gad], requester=pcp)
    esc = r.med("Escitalopram 20 MG Oral Tablet", authored="2026-03-03T10:00:00-05:00", dose="1 tablet daily", reasons=[gad], requester=psy)
    r.procedure("Cognitive behavioral therapy, individual, weekly then biweekly", [(CPT, "90837", "Psychotherapy, 60 minutes with patient")],
                status="in-progress", period={"start": "2026-02-10"}, reasons=[gad])
    for d, g, p, txt in (("2026-01-20", 15, 7, None), ("2026-04-08", 9, 6, "Good early response on escitalopram 20 mg and CBT."),
                         ("2026-07-14", 14, 8, "Worry and muscle tension returning, poor sleep, missed 3 work days. Adherent to escitalopram; attends CBT."),
                         ("2026-10-20", 18, 8, None)):
        e = r.encounter(d, "AMB", "Psychiatry medication management" if d != "2026-01-20" else "Office visit, established patient",
                        cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[gad], prac=psy if d != "2026-01-20" else pcp)
        r.score(("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), g, d, enc=e)
        r.score(("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), p, d, enc=e)
        if txt:
            r.note(f"Psychiatry {d}. {txt} GAD-7 {g}.", d, author=psy, enc=e)
    r.note("""Psychiatry 10/20/2026. GAD worsening over 6 months despite escitalopram 20 mg daily (since 03/2026, adherent; level of engagement
in CBT good, 18 sessions): GAD-7 9 (April) -> 14 (July) -> 18 (October). Panic-like surges at work, on FMLA intermittent leave.
No substance use (AUDIT-C 1, UDS negative). PHQ-9 8, no SI. Plan: cross-taper to venlafaxine XR; add buspirone now; continue CBT.""",
           "2026-10-20", author=psy, enc=e)
    r.med("busPIRone Hydrochloride 10 MG Oral Tablet", authored="2026-10-20T11:00:00-04:00", dose="1 tablet twice daily", reasons=[gad], requester=psy)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-07-14", bmp(cr=1.01, egfr=97, extra=[tsh(1.9)]), enc=None)
    r.vitals("2026-10-20", e, sbp=124, dbp=80, hr=84, wt=80.3)
    r.med("Trazodone 50 MG Oral Tablet", authored="2026-01-20T10:00:00-05:00", dose="1 tablet at bedtime as needed for sleep", reasons=[ins], requester=pcp)
    return r


def wdt_n1(cid):
    """59M T2DM on metformin + empagliflozin; HbA1c drifted 7.2 -> 7.5 (below 0.5% MCID)."""
    r = Rec(cid, SITES["bayou"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Jerome", "Landry", npi="1902593847", gender="male")
    r.patient("Calvin Earl", "Batiste", "male", "1967-10-21", "BC3302917", "4519 Eastern St", "New Orleans", "LA", "70122", "504-555-0196", gp=pcp)
    r.coverage("Humana", "Humana Choice PPO", "H62039184")
    dm = r.condition("Type 2 diabetes mellitus without complications", icd=("E11.9", "Type 2 diabetes mellitus without complications"),
                     sct=("44054006", "Diabetes mellitus type 2"), onset="2019-01-01", recorded="2019-04-02")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2016-01-01", recorded="2016-08-20")
    r.condition("Hyperlipidemia, mixed", icd=("E78.2", "Mixed hyperlipidemia"), sct=("55822004", "Hyperlipidemia"), onset="2019-01-01", recorded="2019-04-02")
    r.condition("Tinea pedis", icd=("B35.3", "Tinea pedis"), sct=("6020002", "Tinea pedis"), onset="2025-07-01", clinical="resolved", abate="2025-08-15", recorded="2025-07-01")
    r.med("metFORMIN Hydrochloride 1000 MG Oral Tablet", authored="2025-01-10T09:00:00-06:00", dose="1 tablet twice daily with meals", reasons=[dm], requester=pcp)
    r.med("Empagliflozin 10 MG Oral Tablet", authored="2025-06-03T09:00:00-05:00", dose="1 tablet daily", reasons=[dm], requester=pcp)
    for d, a, eg, w in (("2026-02-03", 7.2, 80, 99.4), ("2026-05-05", 7.3, 79, 99.9), ("2026-08-04", 7.5, 81, 100.6), ("2026-11-03", 7.5, 78, 100.2)):
        e = r.encounter(d, "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[dm, htn], prac=pcp)
        r.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), a, "%", d, low=4.0, high=5.6, enc=e)
        r.vitals(d, e, sbp=132 - int(a), dbp=80, wt=w)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-11-03", bmp(cr=1.04, glu=142, egfr=78), enc=e)
    r.obs(("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine"), 12, "mg/g", "2026-11-03", low=0, high=30, enc=e)
    r.report(("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "2026-11-03", lipids(162, 78, 41, 188), enc=e)
    r.note("""PCP 11/03/2026. T2DM on metformin + empagliflozin. A1c 7.5 (7.2 in February) - small drift, near goal < 7.5 for him. No hypoglycemia,
no polyuria. Holiday eating discussed. Diabetic eye exam 09/2026 no retinopathy, monofilament normal. Continue regimen; referral to
diabetes education; recheck 3 months. BP at goal on lisinopril.""", "2026-11-03", author=pcp, enc=e)
    r.med("Lisinopril 20 MG Oral Tablet", authored="2025-01-10T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Atorvastatin 40 MG Oral Tablet", authored="2025-01-10T09:00:00-06:00", dose="1 tablet daily", requester=pcp)
    return r


def wdt_n2(cid):
    """44F recurrent MDD: PHQ-9 rose after she stopped sertraline in May; restarted treatment (bupropion) only on 11/04."""
    r = Rec(cid, SITES["piedmont"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Allison", "Kirkpatrick", npi="1467302958", gender="female")
    r.patient("Melissa Dawn", "Shealy", "female", "1982-12-09", "PV0719283", "17 Sherwood St", "Greenville", "SC", "29605", "864-555-0159", gp=pcp,
              marital=("D", "Divorced"))
    r.coverage("BlueCross BlueShield of South Carolina", "BlueChoice HealthPlan", "ZCS88201947")
    mdd = r.condition("Major depressive disorder, recurrent, moderate", icd=("F33.1", "Major depressive disorder, recurrent, moderate"),
                      sct=("370143000", "Major depressive disorder"), onset="2018-01-01", recorded="2018-11-05")
    r.condition("Iron deficiency anemia", icd=("D50.9", "Iron deficiency anemia, unspecified"), sct=("87522002", "Iron deficiency anemia"), onset="2023-02-01",
                clinical="resolved", abate="2023-08-01", recorded="2023-02-14")
    r.condition("Migraine without aura", icd=("G43.009", "Migraine without aura, not intractable, without status migrainosus"), sct=("56097005", "Migraine without aura"),
                onset="2005-01-01", recorded="2018-11-05")
    r.med("Sertraline 100 MG Oral Tablet", status="stopped", authored="2025-10-07T10:00:00-04:00", dose="1 tablet daily", reasons=[mdd], requester=pcp,
          note="Patient self-discontinued ~05/20/2026 (sexual side effects, weight gain).")
    r.medstmt("Sertraline 100 MG Oral Tablet", status="stopped", start="2025-10-07", end="2026-05-20", reasons=[mdd], asserted="2026-06-10",
              note="Stopped on her own in May; not taking any antidepressant since.")
    for d, p, txt in (("2026-03-03", 8, "On sertraline 100 mg, mood fair."), ("2026-06-10", 11, "Stopped sertraline 3 weeks ago on her own; declines restarting an SSRI for now. Counseling info given."),
                      ("2026-08-19", 15, "Off antidepressants since May. Mood lower, poor sleep. Declined medication again; agrees to therapy referral but has not scheduled."),
                      ("2026-11-04", 19, None)):
        e = r.encounter(d, "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[mdd], prac=pcp)
        r.score(("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), p, d, enc=e)
        if txt:
            r.note(f"PCP {d}. {txt} PHQ-9 {p}.", d, author=pcp, enc=e)
    r.vitals("2026-11-04", e, sbp=118, dbp=74, hr=76, wt=74.5)
    r.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), 2.2, "m[IU]/L", "2026-11-04", low=0.45, high=4.5, enc=e)
    r.note("""PCP 11/04/2026. Depressive relapse since stopping sertraline in May (untreated since): PHQ-9 19, item 9 = 0, no SI/plan, safety
reviewed. Agrees to restart treatment: bupropion XL 150 mg (avoids sexual side effects), behavioral health referral placed,
follow-up 4 weeks.""", "2026-11-04", author=pcp, enc=e)
    r.med("buPROPion Hydrochloride 150 MG 24HR Extended Release Oral Tablet", authored="2026-11-04T11:00:00-04:00", dose="1 tablet every morning", reasons=[mdd], requester=pcp)
    r.service_request("Referral to behavioral health (psychotherapy)", [(r.site["local"], "REF-BH", "AMB REFERRAL TO BEHAVIORAL HEALTH")],
                      status="active", authored="2026-11-04", reasons=[mdd], requester=pcp, category=("3457005", "Patient referral"))
    r.med("Sumatriptan 50 MG Oral Tablet", authored="2026-03-03T10:00:00-05:00", dose="1 tablet at onset, may repeat in 2 h", requester=pcp)
    return r


CASES = [
    ("WORSENING_DESPITE_TREATMENT", "positive", wdt_p1, ["WORSENING_DESPITE_TREATMENT"],
     "CDAI 13 -> 21.5 -> 29 and DAS28-CRP 3.9 -> 5.4 from April to October 2026 (> 90 days, >= 3 values, change > MCID) while methotrexate and hydroxychloroquine were active throughout (low-dose methotrexate for RA is not an oncologic high-impact treatment).",
     "54F rheumatoid arthritis worsening on methotrexate + hydroxychloroquine"),
    ("WORSENING_DESPITE_TREATMENT", "positive", wdt_p2, ["WORSENING_DESPITE_TREATMENT"],
     "CAT score 15 -> 19 -> 24 -> 27 over 9 months (MCID 2) with falling FEV1, while triple inhaled therapy (since 11/2025) was active and adherence verified.",
     "67M COPD, CAT score rising 12 points on triple inhaler"),
    ("WORSENING_DESPITE_TREATMENT", "positive", wdt_p3, ["WORSENING_DESPITE_TREATMENT"],
     "GAD-7 9 -> 14 -> 18 from April to October 2026 (MCID ~4) while escitalopram 20 mg and CBT were active throughout.",
     "38M generalized anxiety worsening on escitalopram + CBT"),
    ("WORSENING_DESPITE_TREATMENT", "near-miss", wdt_n1, [],
     "HbA1c rose only 7.2 -> 7.5 over 9 months on metformin + empagliflozin, below the 0.5-point MCID.",
     "59M type 2 diabetes, HbA1c drift of 0.3 points"),
    ("WORSENING_DESPITE_TREATMENT", "near-miss", wdt_n2, [],
     "PHQ-9 rose 8 -> 19, but the rise happened after she stopped sertraline in May; no antidepressant or therapy was active during the decline (bupropion only started 11/04).",
     "44F depression relapse after stopping sertraline"),
]
