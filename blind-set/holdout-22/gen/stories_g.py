from stories_f import *

def p7_mdd(cid):
    b = Bundle(cid, "tricounty")
    b.patient("Kayla Renee", "Whitlock", "female", "1995-04-14", "2218 S National Ave", "TCRN-33018", "417-555-7312", "S")
    psy = b.practitioner("Hannah", "Greer", "PMHNP-BC", "1730492856")
    th = b.practitioner("Derrick", "Moss", "LPC", "1922039485")
    b.coverage("Home State Health (Medicaid)", "MO HealthNet Managed Care", "HSH77102938", kind="PUBLICPOL")
    mdd = b.condition(cc(icd("F33.1", "Major depressive disorder, recurrent, moderate"), sct("370143000", "Major depressive disorder")), "2026-03-02", recorder=psy)
    b.condition(cc(icd("F43.21", "Adjustment disorder with depressed mood")), "2021-04-01", status="resolved", abate="2021-10-01")
    b.med(cc(rx("36437", "sertraline"), text="sertraline 200 mg"), "2026-03-02", dose="started 50 mg 3/2026; 150 mg 6/2026; 200 mg since 9/14/2026", requester=psy, reason=mdd)
    b.med(cc(rx("36437", "sertraline")), "2026-03-02", kind="MedicationStatement", dose="Taking daily; pharmacy fills on time every 30 days", end="2026-11-16")
    scores = [("2026-03-02", 11), ("2026-05-04", 13), ("2026-07-13", 16), ("2026-09-14", 18), ("2026-11-16", 21)]
    for d, v in scores:
        e = b.encounter(d, cc(text="Medication management (99214)"), pract=psy, reason="Depression")
        b.score(PHQ9, d, v, e)
    b.note("progress", "2026-11-16", """PMHNP F/U
PHQ-9 21 (was 11 at start in March) despite sertraline titrated to 200 mg (adherent, fills on time) and weekly CBT since April. Anhedonia, hypersomnia, missed 6 shifts. Item 9: 'several days' passive thoughts, no plan/intent; C-SSRS screen low risk; safety plan updated.
Plan: consider augmentation vs switch; labs TSH.""", psy)
    b.note("progress", "2026-11-09", "CBT session 26. Behavioral activation homework not completed. Mood 3/10. Reports worsening since late summer.", th)
    b.obs(cc(ln("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-11-16", 2.3, "u[IU]/mL", "u[IU]/mL", "N", 0.45, 4.5)
    b.careplan("Behavioral health treatment plan", cc(text="Outpatient mental health treatment plan"), "2026-03-02", author=psy, desc="Sertraline + weekly CBT; PHQ-9 every visit (measurement-based care).")
    return b, dict(target=P7, kind="positive", expected=[P7],
        why="PHQ-9 rose 11 -> 13 -> 16 -> 18 -> 21 over 8.5 months (+10, twice the MCID of 5) while sertraline and weekly CBT were active and adherent throughout.",
        summary="31F recurrent MDD, PHQ-9 11 -> 21 over 8 months on sertraline + CBT (addiction/mental health network)")

def p7_a1c(cid):
    b = Bundle(cid, "heartland")
    b.patient("Curtis Ray", "Oberle", "male", "1970-08-25", "6104 E Central Ave", "H2093341", "316-555-2048", "M")
    pcp = b.practitioner("Nadia", "Haddad", "MD, Family Medicine", "1629384751")
    ph = b.practitioner("Lydia", "Grant", "PharmD, CDCES", "1458203947")
    b.coverage("Aetna", "Aetna Choice POS II", "W559201837")
    dm = b.condition(problem("44054006", "Diabetes mellitus type 2", "E11.65", "Type 2 diabetes mellitus with hyperglycemia"), "2019-05-01")
    htn = b.condition(problem("38341003", "Hypertensive disorder, systemic arterial", "I10", "Essential (primary) hypertension"), "2019-05-01")
    b.condition(problem("267434003", "Hypercholesterolemia, mixed", "E78.2", "Mixed hyperlipidemia"), "2019-05-01")
    b.med(cc(rx("6809", "metformin"), text="metformin ER 500 mg"), "2019-05-01", dose="1000 mg twice daily", requester=pcp, reason=dm)
    b.med(cc(rx("1545653", "empagliflozin"), text="empagliflozin 25 mg"), "2025-06-10", dose="25 mg daily", requester=pcp, reason=dm)
    b.med(cc(rx("1991302", "semaglutide"), text="semaglutide 1 mg/dose pen"), "2025-12-01", dose="1 mg SC weekly", requester=pcp, reason=dm)
    b.med(cc(rx("29046", "lisinopril")), "2019-05-01", dose="20 mg daily", requester=pcp, reason=htn)
    for d, v in [("2026-01-12", 7.3), ("2026-04-13", 7.9), ("2026-07-14", 8.4), ("2026-10-13", 9.1)]:
        e = b.encounter(d, cc(text="Office Visit - Diabetes"), pract=pcp, reason="Diabetes follow-up")
        b.obs(cc(ln("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")), d, v, "%", "%", "H", None, 5.6, enc=e)
    b.obs(cc(ln("29463-7", "Body weight")), "2026-10-13", 99.8, "kg", cat="vital-signs")
    b.note("progress", "2026-10-13", """DIABETES F/U
A1c 9.1 (7.3 in Jan), rising each quarter despite metformin 2 g, empagliflozin 25, semaglutide 1 mg weekly since 12/2025. Pharmacy refill history: all on time. CGM trial: mean glucose 214, TIR 38%. Weight stable. No steroid use.
Plan: add basal insulin, CDCES visit, recheck A1c Jan.""", pcp)
    b.note("progress", "2026-10-27", "CDCES/PharmD visit: confirmed technique and adherence (pen dose counter matches). Diet log reasonable. Started glargine 10 units.", ph, title="Clinical Pharmacist Diabetes Visit")
    b.obs(cc(ln("2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), "2026-10-13", 0.94, "mg/dL", "mg/dL", "N", 0.7, 1.3)
    return b, dict(target=P7, kind="positive", expected=[P7],
        why="HbA1c rose 7.3 -> 7.9 -> 8.4 -> 9.1% over 9 months (+1.8, > 0.5 MCID) while metformin, empagliflozin and semaglutide were active with confirmed adherence.",
        summary="56M type 2 diabetes, HbA1c 7.3 -> 9.1 over 9 months on three agents (Epic, Kansas)")

def p7_ptsd(cid):
    b = Bundle(cid, "harbor")
    b.patient("Travis Lee", "Harmon", "male", "1987-11-30", "920 Starr Ave", "HCB-3309128", "419-555-7045", "D")
    psy = b.practitioner("Mei", "Zhang", "MD, Psychiatry", "1740293857")
    th = b.practitioner("Gregory", "Palmer", "PhD, Clinical Psychology", "1639028475")
    b.coverage("TRICARE East", "TRICARE Select", "TRI9920183744", kind="PUBLICPOL")
    pt = b.condition(cc(icd("F43.12", "Post-traumatic stress disorder, chronic"), sct("47505003", "Posttraumatic stress disorder")), "2025-11-04", recorder=psy)
    b.condition(cc(icd("G47.00", "Insomnia, unspecified"), text="Insomnia"), "2025-11-04", status="resolved", abate="2026-02-01")
    b.med(cc(rx("36437", "sertraline"), text="sertraline 150 mg"), "2025-11-04", dose="150 mg daily", requester=psy, reason=pt)
    b.med(cc(rx("8629", "prazosin"), text="prazosin 5 mg"), "2025-12-02", dose="5 mg at bedtime", requester=psy, reason=pt)
    pcl = cc(text="PTSD Checklist for DSM-5 (PCL-5) total score")
    for d, v in [("2026-04-08", 41), ("2026-06-10", 46), ("2026-08-12", 52), ("2026-10-14", 55), ("2026-11-18", 58)]:
        e = b.encounter(d, cc(text="Cognitive Processing Therapy session"), pract=th, reason="PTSD")
        b.score(pcl, d, v, e)
    b.score(AUDITC, "2026-11-18", 3)
    b.note("progress", "2026-11-18", """CPT SESSION 24 / MONTHLY REVIEW
PCL-5 58 (41 at CPT start 4/2026). Nightmares 5 nights/wk despite prazosin, hypervigilance, quit job at warehouse. Attendance 22/24 sessions, homework mostly done. Meds adherent.
No SI. AUDIT-C 3.
Plan: case review with psychiatry; consider switch to prolonged exposure.""", th)
    b.note("progress", "2026-11-20", "Psychiatry: PTSD worsening despite sertraline 150 mg x 12 mo, prazosin, and CPT. Increase sertraline to 200 mg.", psy)
    return b, dict(target=P7, kind="positive", expected=[P7],
        why="PCL-5 rose 41 -> 58 over 7 months (+17, above the 10-point clinically meaningful change) while sertraline, prazosin and weekly cognitive processing therapy were active throughout.",
        summary="39M chronic PTSD, PCL-5 41 -> 58 during CPT plus sertraline/prazosin (community mental health, Ohio, TRICARE)")

def p7n_gad(cid):
    b = Bundle(cid, "cedarvalley")
    b.patient("Tyler James", "Vosberg", "male", "2002-01-15", "1217 Hammond Ave", "CV-0120983", "319-555-8820", "S")
    psy = b.practitioner("Samira", "Haddad", "PMHNP-BC", "1508203945")
    th = b.practitioner("Rosa", "Delgado", "LMHC", "1183920477")
    b.coverage("Wellmark Blue Cross Blue Shield of Iowa", "Blue Access (dependent)", "WMK229301847")
    gad = b.condition(cc(icd("F41.1", "Generalized anxiety disorder"), sct("21897009", "Generalized anxiety disorder")), "2026-04-06", recorder=psy)
    b.condition(cc(icd("J45.20", "Mild intermittent asthma, uncomplicated")), "2010-01-01")
    b.med(cc(rx("321988", "escitalopram"), text="escitalopram 10 mg"), "2026-04-06", dose="10 mg daily", requester=psy, reason=gad)
    for d, v in [("2026-04-06", 10), ("2026-06-08", 11), ("2026-08-10", 12), ("2026-11-09", 12)]:
        e = b.encounter(d, cc(text="Medication management"), pract=psy, reason="Anxiety")
        b.score(GAD7, d, v, e)
    for d, v in [("2026-04-06", 6), ("2026-11-09", 6)]:
        b.score(PHQ9, d, v)
    b.note("progress", "2026-11-09", "GAD-7 12 (10 at start). Senior year stressors, job search. Sleep ok. Not clinically meaningfully changed. Increase escitalopram to 15 mg; continue therapy.", psy)
    b.note("progress", "2026-10-26", "Therapy session 12: worry re graduation, using thought records. Mild progress.", th)
    return b, dict(target=P7, kind="near-miss", expected=[],
        why="GAD-7 drifted 10 -> 11 -> 12 -> 12 over 7 months on escitalopram: a 2-point change, below the GAD-7 MCID (~4).",
        summary="24M GAD, GAD-7 10 -> 12 on escitalopram (below MCID) (community mental health, Iowa)")

def p7n_asthma(cid):
    b = Bundle(cid, "lakeshore")
    b.patient("Rochelle Denise", "Banks", "female", "1982-06-08", "1045 Division Ave S", "L1192038", "616-555-9021", "S")
    pcp = b.practitioner("Lauren", "Vandermolen", "MD, Internal Medicine-Pediatrics", "1366028472")
    pul = b.practitioner("Samuel", "Osei", "MD, Pulmonary Disease", "1841209377")
    b.coverage("Meridian (Michigan Medicaid)", "Healthy Michigan Plan", "MER55029184", start="2026-09-15", kind="PUBLICPOL")
    ast = b.condition(problem("427295004", "Moderate persistent asthma", "J45.40", "Moderate persistent asthma, uncomplicated"), "2012-01-01")
    b.condition(problem("61582004", "Allergic rhinitis", "J30.9", "Allergic rhinitis, unspecified"), "2010-01-01", status="inactive")
    act = cc(text="ACT asthma control score (5-item, total)")
    for d, v in [("2026-03-10", 21), ("2026-06-16", 17), ("2026-09-22", 13), ("2026-11-17", 19)]:
        e = b.encounter(d, cc(text="Office Visit"), pract=pcp if d != "2026-11-17" else pul, reason="Asthma")
        b.score(act, d, v, e)
    b.med(cc(rx("284635", "fluticasone / salmeterol"), text="fluticasone-salmeterol 250-50 mcg diskus"), "2018-01-01", status="stopped", kind="MedicationStatement", end="2026-04-01",
          note="Stopped 4/2026 - lost employer insurance, could not afford. Not using any controller April-October.")
    b.med(cc(text="budesonide-formoterol 160-4.5 mcg inhaler"), "2026-10-05", dose="2 puffs twice daily", requester=pcp, reason=ast)
    b.med(cc(rx("435", "albuterol")), "2012-01-01", dose="2 puffs q4h prn", requester=pcp, reason=ast)
    b.note("progress", "2026-09-22", "ACT 13, using albuterol daily, night waking 2x/wk. Off controller since April (insurance lapse). Applied for Healthy Michigan Plan; approved 9/15. Restart ICS-formoterol once pharmacy benefit active.", pcp)
    b.note("progress", "2026-11-17", "Pulm: restarted ICS-formoterol 10/5; ACT up to 19, nights better. Spirometry FEV1 78% pred. Continue.", pul)
    b.obs(cc(ln("20150-9", "FEV1")), "2026-11-17", 2.31, "L", "L", cat="procedure", note="78% predicted")
    return b, dict(target=P7, kind="near-miss", expected=[],
        why="ACT fell 21 -> 17 -> 13 only while she had no controller therapy (stopped April-October for cost); after restarting ICS-formoterol it improved to 19, so treatment was not active during the decline.",
        summary="44F asthma, ACT fell while off controller (insurance lapse), improved after restart (Epic, Michigan)")
