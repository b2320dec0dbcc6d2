from fhirlib import *
from sites import SITES


def dsm_p1(cid):
    """29F labelled 'viral syndrome' (B34.9) since June; recurrent fevers, arthralgia, rash, rising inflammatory markers."""
    r = Rec(cid, SITES["harbor"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Jonathan", "Feld", npi="1134920576", gender="male")
    r.patient("Aaliyah Simone", "Brooks", "female", "1997-01-14", "HP3318820", "2710 Guilford Ave", "Baltimore", "MD", "21218",
              "443-555-0139", marital=("S", "Never Married"), gp=pcp, email="asbrooks97@example.com")
    r.coverage("CareFirst BlueCross BlueShield", "BlueChoice HMO Open Access", "CFH771204938")
    asth = r.condition("Mild intermittent asthma, uncomplicated", icd=("J45.20", "Mild intermittent asthma, uncomplicated"),
                       sct=("426979002", "Mild asthma"), onset="2006-01-01", recorded="2019-09-10")
    r.condition("Infectious mononucleosis", icd=("B27.00", "Gammaherpesviral mononucleosis without complication"),
                sct=("271558008", "Epstein-Barr virus mononucleosis"), onset="2014-10-02", clinical="resolved", abate="2014-11-15",
                recorded="2019-09-10")
    e1 = r.encounter("2026-06-02", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reason="Fever, sore throat, joint pains, rash", prac=pcp)
    r.vitals("2026-06-02", e1, sbp=112, dbp=70, hr=104, temp=38.6, wt=61.4)
    vs = r.condition("Viral syndrome", icd=("B34.9", "Viral infection, unspecified"), sct=("34014006", "Viral disease"),
                     onset="2026-05-28", recorded="2026-06-02", recorder=pcp, enc=e1)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-06-02", cbc(12.4, wct=12.8, plt=388), enc=e1)
    r.obs(("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), 38, "mg/L", "2026-06-02", low=0, high=8, enc=e1)
    r.obs((L, "LAB-MONO", "Heterophile antibody (monospot)"),
          date="2026-06-02", enc=e1, vcc=cc((LOINC, "LA6577-6", "Negative")), interp="N")
    r.note("""Visit 06/02/2026. 29F, 5 days of fever to 39 C, sore throat, diffuse arthralgias (wrists, knees), faint pink rash on trunk
that comes with fevers. No travel, no sick contacts known. Pharynx erythematous, no exudate. Monospot negative.
WBC 12.8, CRP 38. Assessment: viral syndrome. Supportive care, naproxen, fluids. Return if not improving.""", "2026-06-02", author=pcp, enc=e1)
    nsaid = r.med("Naproxen 500 MG Oral Tablet", rx="198013", authored="2026-06-02T10:40:00-04:00", dose="1 tablet twice daily with food as needed",
                  reasons=[vs], requester=pcp)
    e2 = r.encounter("2026-07-21", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reasons=[vs], prac=pcp)
    r.vitals("2026-07-21", e2, temp=38.4, wt=59.8)
    r.report(("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "2026-07-21",
             bmp(cr=0.71, egfr=118) + hepatic(alt=61, ast=48, short=True), enc=e2)
    r.obs((L, "LAB-ANA", "Antinuclear antibody screen"),
          date="2026-07-21", enc=e2, vcc=cc((LOINC, "LA6577-6", "Negative")), interp="N")
    r.obs(("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma"), 8, "[IU]/mL", "2026-07-21", low=0, high=14, enc=e2)
    r.note("""Visit 07/21/2026. Still having evening fevers 38-39 C several times a week, rash with fevers, joint pain and fatigue; lost 1.6 kg.
ALT mildly up 61, likely viral. ANA and RF negative. Likely prolonged post-viral syndrome. Continue naproxen, rest. Recheck 6-8 weeks.""",
           "2026-07-21", author=pcp, enc=e2)
    e3 = r.encounter("2026-09-15", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reasons=[vs], prac=pcp)
    r.vitals("2026-09-15", e3, hr=102, temp=38.9, wt=58.7)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-09-15", cbc(11.1, wct=15.1, plt=452), enc=e3)
    r.report((L, "LAB-INFL", "Inflammatory markers"), "2026-09-15", [
        dict(code=("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), value=64, unit="mg/L", low=0, high=8),
        dict(code=("4537-7", "Erythrocyte sedimentation rate by Westergren method"), value=58, unit="mm/h", low=0, high=20),
        dict(code=("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), value=1380, unit="ng/mL", low=11, high=307)], enc=e3)
    r.report((L, "LAB-BCX", "Blood culture x2"), "2026-09-15", [
        dict(code=(LOINC, "600-7", "Bacteria identified in Blood by Culture"), vstr="No growth at 5 days (2 sets)", interp="N")], enc=e3,
        cat=("MB", "Microbiology"))
    r.note("""Visit 09/15/2026. Fevers continue (38.9 C in clinic), salmon-colored evanescent rash on trunk, sore throat recurs, wrist and knee
pain with morning stiffness. WBC 15.1, ferritin 1380, ESR 58, CRP 64. Blood cultures no growth.
Assessment: persistent viral syndrome vs post-viral inflammatory state. Continue NSAID. Reassess in 2 months.""",
           "2026-09-15", author=pcp, enc=e3)
    e4 = r.encounter("2026-11-10", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reasons=[vs], prac=pcp)
    r.vitals("2026-11-10", e4, temp=38.3, wt=57.9)
    r.obs(("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), 71, "mg/L", "2026-11-10", low=0, high=8, enc=e4)
    r.obs(("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), 2140, "ng/mL", "2026-11-10", low=11, high=307, enc=e4)
    r.note("""Visit 11/10/2026. Almost 6 months of quotidian evening fevers, rash, arthralgias, sore throat, 3.5 kg weight loss.
Ferritin now 2140, CRP 71. Problem list: viral syndrome. Continue supportive care and naproxen; consider rheumatology if no
improvement by next visit.""", "2026-11-10", author=pcp, enc=e4)
    r.med("Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", rx="745679", authored="2025-08-11T09:00:00-04:00", dose="2 puffs every 4-6 h as needed",
          reasons=[asth], requester=pcp)
    r.medstmt("Levonorgestrel 52 MG Intrauterine System", rx="807283", start="2023-02-01", asserted="2026-06-02")
    return r


def dsm_p2(cid):
    """58M 'mechanical low back pain' for 6 months with night pain, weight loss, anaemia, hypercalcaemia, high protein."""
    r = Rec(cid, SITES["greatplains"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Brent", "Ostrander", qual="DO", npi="1689402235", gender="male")
    pt = r.practitioner("Keisha", "Lamb", qual="DPT", npi="1801273649", gender="female")
    r.patient("Gary Wayne", "Hollister", "male", "1968-07-03", "GP00427719", "1834 N Woodlawn Blvd", "Wichita", "KS", "67208",
              "316-555-0148", gp=pcp)
    r.coverage("Blue Cross and Blue Shield of Kansas", "BlueSelect Plus", "KSB604418827")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"),
                      onset="2016-03-01", recorded="2017-01-12")
    r.condition("Hyperlipidemia, mixed", icd=("E78.2", "Mixed hyperlipidemia"), sct=("55822004", "Hyperlipidemia"), onset="2018-01-01", recorded="2018-02-20")
    r.condition("Cellulitis of left lower leg", icd=("L03.116", "Cellulitis of left lower limb"), sct=("128045006", "Cellulitis"),
                onset="2023-07-18", clinical="resolved", abate="2023-08-01", recorded="2023-07-18")
    e1 = r.encounter("2026-05-20", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reason="Low back pain", prac=pcp)
    r.vitals("2026-05-20", e1, sbp=134, dbp=84, hr=76, wt=88.5, ht=177.8)
    lbp = r.condition("Mechanical low back pain / lumbar strain", icd=("M54.59", "Other low back pain"), sct=("279039007", "Low back pain"),
                      onset="2026-04-25", recorded="2026-05-20", recorder=pcp, enc=e1)
    r.report((L, "IMG-XRLS", "XR lumbar spine 2-3 views"), "2026-05-20", [
        dict(code=(L, "IMG-XRLS", "XR lumbar spine 2-3 views"), cat="imaging",
             vstr="Mild disc space narrowing L4-L5. No fracture or spondylolisthesis. Mild osteopenia.", interp="N")],
        cat=("RAD", "Radiology"), enc=e1, conclusion="Mild degenerative change L4-L5.")
    r.note("""Visit 05/20/2026. 58M, 4 weeks of low back pain after moving furniture. No radicular symptoms, no bowel/bladder change.
Paraspinal tenderness. XR: mild DDD L4-5. Assessment: mechanical low back pain / lumbar strain. PT referral, naproxen,
cyclobenzaprine at night.""", "2026-05-20", author=pcp, enc=e1)
    r.med("Naproxen 500 MG Oral Tablet", rx="198013", authored="2026-05-20T10:30:00-05:00", dose="1 tablet twice daily with food", reasons=[lbp], requester=pcp)
    r.med("Cyclobenzaprine Hydrochloride 10 MG Oral Tablet", rx="197517", authored="2026-05-20T10:30:00-05:00", dose="1 tablet at bedtime as needed",
          reasons=[lbp], requester=pcp)
    r.service_request("Physical therapy evaluation and treatment, lumbar", [(CPT, "97162", "Physical therapy evaluation: moderate complexity"),
                      (L, "REF-PT-LUMB", "AMB REFERRAL TO PHYSICAL THERAPY - SPINE")], status="completed", authored="2026-05-20", reasons=[lbp], requester=pcp)
    ept = r.encounter("2026-06-03", "AMB", "Physical therapy evaluation", cpt=("97162", "Physical therapy evaluation: moderate complexity"), reasons=[lbp], prac=pt)
    r.procedure("Therapeutic exercise, lumbar stabilization program (12 visits)", [(CPT, "97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises")],
                period={"start": "2026-06-03", "end": "2026-08-05"}, reasons=[lbp], performer=pt)
    e2 = r.encounter("2026-08-12", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"),
                     reasons=[lbp], prac=pcp)
    r.vitals("2026-08-12", e2, sbp=130, dbp=82, wt=85.9)
    r.note("""Visit 08/12/2026. Back pain persists despite 10 weeks of PT and naproxen. Now aching at night, wakes him from sleep; pain in
lower thoracic and lumbar spine, not positional. Weight down 2.6 kg (attributes to poor appetite). Continue home exercise,
add gabapentin 300 mg qhs. Lumbar strain slow to resolve.""", "2026-08-12", author=pcp, enc=e2)
    r.med("Gabapentin 300 MG Oral Capsule", rx="310431", authored="2026-08-12T11:00:00-05:00", dose="1 capsule at bedtime", reasons=[lbp], requester=pcp)
    e3 = r.encounter("2026-10-20", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reasons=[lbp], prac=pcp)
    r.vitals("2026-10-20", e3, sbp=128, dbp=80, hr=84, wt=82.6)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-10-20", cbc(11.1, wct=5.9, plt=198, mcv=91, sex="M"), enc=e3)
    r.report(("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "2026-10-20", bmp(cr=1.41, bun=24, ca=10.9, egfr=57, full=True) + [
        dict(code=("2885-2", "Protein [Mass/volume] in Serum or Plasma"), value=9.3, unit="g/dL", low=6.0, high=8.5),
        dict(code=("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), value=3.5, unit="g/dL", low=3.5, high=5.0),
        dict(code=("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"), value=88, unit="U/L", low=34, high=104)], enc=e3)
    r.obs(("4537-7", "Erythrocyte sedimentation rate by Westergren method"), 66, "mm/h", "2026-10-20", low=0, high=20, enc=e3)
    r.note("""Visit 10/20/2026. Continued thoracolumbar back pain, night pain, fatigue. Weight 82.6 kg (88.5 in May). Labs today: Hgb 11.1,
Ca 10.9, total protein 9.3 with albumin 3.5, creatinine 1.41 (0.94 in 2025), ESR 66. Likely NSAID effect on kidney; stop naproxen.
Continue PT exercises for lumbar strain, tramadol PRN. Recheck labs in 3 months.""", "2026-10-20", author=pcp, enc=e3)
    r.impression("2026-10-20", "Lumbar strain / mechanical low back pain, slow to resolve after PT. New labs: mild anemia, calcium 10.9, total protein 9.3, creatinine 1.41 - attributed to NSAID use; recheck in 3 months.",
                 assessor=pcp, problems=[lbp], enc=e3, description="Back pain reassessment")
    r.med("traMADol Hydrochloride 50 MG Oral Tablet", rx="835603", authored="2026-10-20T11:10:00-05:00", dose="1 tablet every 6 h as needed for pain, max 4/day",
          reasons=[lbp], requester=pcp)
    e4 = r.encounter("2026-11-17", "VR", "Telephone visit", cpt=("99442", "Telephone evaluation and management service, 11-20 minutes"), reasons=[lbp], prac=pcp)
    r.note("""Telephone 11/17/2026. Back pain unchanged, still waking at night; appetite poor. Tramadol helps a little. Diagnosis remains
lumbar strain. Keep appointment in January.""", "2026-11-17", author=pcp, enc=e4)
    r.med("Lisinopril 10 MG Oral Tablet", rx="314076", authored="2025-11-04T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Atorvastatin 40 MG Oral Tablet", rx="617311", authored="2025-11-04T09:00:00-06:00", dose="1 tablet daily", requester=pcp)
    return r


def dsm_p3(cid):
    """46F 'anxiety disorder, unspecified' with paroxysmal hypertension, tachycardia, headaches, sweats; GAD-7 low between spells."""
    r = Rec(cid, SITES["sierra"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Elena", "Markovic", npi="1366018293", gender="female")
    bh = r.practitioner("Priya", "Venkataraman", qual="PMHNP", npi="1497384021", gender="female")
    r.patient("Jennifer Lynn", "Castellano", "female", "1980-09-12", "SF-0927731", "212 Bennett St", "Grass Valley", "CA", "95945",
              "530-555-0104", gp=pcp)
    r.coverage("Anthem Blue Cross", "Anthem PPO Select", "AXB384402195")
    r.condition("Iron deficiency anemia due to menorrhagia", icd=("D50.0", "Iron deficiency anemia secondary to blood loss (chronic)"),
                sct=("87522002", "Iron deficiency anemia"), onset="2019-02-01", clinical="resolved", abate="2019-09-30", recorded="2019-02-05")
    r.condition("Carpal tunnel syndrome, right", icd=("G56.01", "Carpal tunnel syndrome, right upper limb"), sct=("57406009", "Carpal tunnel syndrome"),
                onset="2021-04-01", clinical="resolved", abate="2022-02-01", recorded="2021-04-22")
    e1 = r.encounter("2026-03-10", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reason="Episodes of racing heart, sweating and headache", prac=pcp)
    r.vitals("2026-03-10", e1, sbp=142, dbp=90, hr=104, wt=58.1, ht=165.1)
    anx = r.condition("Anxiety disorder", icd=("F41.9", "Anxiety disorder, unspecified"), sct=("197480006", "Anxiety disorder"),
                      onset="2026-01-15", recorded="2026-03-10", recorder=pcp, enc=e1)
    r.score(("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), 11, "2026-03-10", enc=e1)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-03-10", bmp(glu=104, cr=0.68, egfr=109, extra=[tsh(1.41)]), enc=e1)
    r.obs((SCT, "29303009", "Electrocardiographic procedure"), date="2026-03-10", cat="procedure", enc=e1,
          vstr="Sinus tachycardia 106, otherwise normal ECG.", interp="A", extra_codes=[(LOINC, "11524-6", "EKG study")])
    r.note("""Visit 03/10/2026. 46F, 2 months of sudden spells: pounding heartbeat, drenching sweats, throbbing headache, tremor, sense of doom,
lasting 15-40 minutes, several per week, often unprovoked. BP 142/90, HR 104 in clinic. TSH normal. ECG sinus tachycardia.
Assessment: anxiety disorder with panic-type episodes. Start sertraline 25 -> 50 mg, refer to behavioral health.""",
           "2026-03-10", author=pcp, enc=e1)
    ssri = r.med("Sertraline 50 MG Oral Tablet", rx="312941", authored="2026-03-10T10:45:00-08:00", dose="25 mg daily x 1 week then 50 mg daily",
                 reasons=[anx], requester=pcp)
    e2 = r.encounter("2026-04-14", "AMB", "Behavioral health intake", cpt=("90791", "Psychiatric diagnostic evaluation"), reasons=[anx], prac=bh)
    r.note("""BH intake 04/14/2026. Describes spells as physical, 'my heart is going to explode', headache behind eyes, pale and shaking,
then exhausted; denies worry preceding them. Otherwise mood good, no generalized worry, no trauma history.
Working dx anxiety disorder, unspecified. Start CBT.""", "2026-04-14", author=bh, enc=e2, loinc=("11488-4", "Consult note"))
    e3 = r.encounter("2026-06-09", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reasons=[anx], prac=pcp)
    r.vitals("2026-06-09", e3, sbp=176, dbp=108, hr=118, t="09:05")
    r.vitals("2026-06-09", e3, sbp=126, dbp=80, hr=82, t="09:45")
    r.score(("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), 7, "2026-06-09", enc=e3)
    r.obs(("2345-7", "Glucose [Mass/volume] in Serum or Plasma"), 131, "mg/dL", "2026-06-09", low=70, high=99, enc=e3,
          note="Drawn during symptomatic spell.")
    r.note("""Visit 06/09/2026. Spell began in waiting room: BP 176/108, HR 118, diaphoretic, pale, headache; resolved within 30 min,
repeat 126/80. Glucose 131 during spell. Mood and worry improved on sertraline, GAD-7 7, but spells continue 2-3/week.
Increase sertraline to 100 mg. Continue CBT.""", "2026-06-09", author=pcp, enc=e3)
    e4 = r.encounter("2026-09-01", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reasons=[anx], prac=pcp)
    r.vitals("2026-09-01", e4, sbp=184, dbp=112, hr=122, wt=55.9, t="14:10")
    r.vitals("2026-09-01", e4, sbp=124, dbp=78, hr=80, t="14:50")
    r.note("""Visit 09/01/2026. Another spell in clinic, BP 184/112 HR 122, resolved. Weight down 2.2 kg. Patient says CBT has helped her worry
but not the attacks. Continue sertraline 100 mg; hydroxyzine PRN for panic.""", "2026-09-01", author=pcp, enc=e4)
    r.med("hydrOXYzine Hydrochloride 25 MG Oral Tablet", rx="995281", authored="2026-09-01T14:55:00-07:00", dose="1 tablet every 6 h as needed for panic",
          reasons=[anx], requester=pcp)
    e5 = r.encounter("2026-11-05", "AMB", "Behavioral health follow-up", cpt=("90834", "Psychotherapy, 45 minutes with patient"), reasons=[anx], prac=bh)
    r.score(("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), 5, "2026-11-05", enc=e5)
    r.note("""BH 11/05/2026. Session 10 of CBT. Cognitive symptoms minimal (GAD-7 5). Still 2-3 spells per week with pounding headache,
palpitations and sweating; home BP cuff readings during spells 170-190s systolic per patient log. Continue plan; anxiety
disorder remains working diagnosis.""", "2026-11-05", author=bh, enc=e5)
    return r


def dsm_n1(cid):
    """51F abdominal pain R10.9 in Feb explained by gallstones; cholecystectomy done; resolved."""
    r = Rec(cid, SITES["stbrendan"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Maureen", "Costigan", npi="1780264491", gender="female")
    ed = r.practitioner("Samuel", "Adeyemi", npi="1952301846", gender="male")
    surg = r.practitioner("Christopher", "Nolan-Hayes", npi="1629047713", gender="male")
    r.patient("Patricia Ann", "Ouellette", "female", "1975-05-29", "SB-5528130", "48 June St", "Worcester", "MA", "01602", "508-555-0177", gp=pcp)
    r.coverage("Fallon Health", "Fallon Select Care", "FH20938417")
    obes = r.condition("Obesity, class 1", icd=("E66.811", "Obesity, class 1"), sct=("414916001", "Obesity"), onset="2015-01-01", recorded="2020-03-02")
    r.condition("Prediabetes", icd=("R73.03", "Prediabetes"), sct=("714628002", "Prediabetes"), onset="2023-05-01", recorded="2023-05-16")
    e1 = r.encounter("2026-02-03", "EMER", "Emergency department visit", cpt=("99284", "Emergency department visit, moderate medical decision making"),
                     reason="Abdominal pain", prac=ed, tstart="01:20", tend="06:40", dispo=("home", "Home"))
    r.vitals("2026-02-03", e1, sbp=138, dbp=86, hr=92, temp=37.1, t="01:30")
    ap = r.condition("Abdominal pain", icd=("R10.9", "Unspecified abdominal pain"), sct=("21522001", "Abdominal pain"), onset="2026-02-02",
                     clinical="resolved", abate="2026-03-19", cat="encounter-diagnosis", enc=e1, recorded="2026-02-03", recorder=ed)
    r.report(("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "2026-02-03", bmp(glu=112, cr=0.77, egfr=93) + hepatic(alt=34, alp=96, tbil=0.9, short=True) + [
        dict(code=("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma"), value=41, unit="U/L", low=11, high=82)], enc=e1)
    r.note("""ED 02/03/2026 01:20. Post-prandial epigastric/RUQ pain after fatty meal, 4 h, now easing with ketorolac. Afebrile.
Mild RUQ tenderness. LFTs and lipase normal. Dx: abdominal pain, unspecified. Outpatient RUQ ultrasound, PCP follow-up.""",
           "2026-02-03", loinc=("34111-1", "Emergency department Note"), author=ed, enc=e1, t="06:30")
    r.report((L, "IMG-USRUQ", "US abdomen limited (RUQ)"), "2026-02-10", [
        dict(code=(L, "IMG-USRUQ", "US abdomen limited (RUQ)"), cat="imaging", vstr="Multiple mobile gallstones up to 14 mm. Gallbladder wall 3 mm. No pericholecystic fluid. CBD 4 mm.",
             interp="A")], cat=("RAD", "Radiology"), conclusion="Cholelithiasis without sonographic evidence of acute cholecystitis.")
    chol = r.condition("Calculus of gallbladder without cholecystitis", icd=("K80.20", "Calculus of gallbladder without cholecystitis without obstruction"),
                       sct=("235919008", "Cholelithiasis"), onset="2026-02-10", clinical="resolved", abate="2026-03-19", recorded="2026-02-12", recorder=pcp)
    e2 = r.encounter("2026-02-12", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[chol], prac=pcp)
    r.note("""PCP 02/12/2026. ED visit for biliary-type pain; US shows cholelithiasis. Two prior similar episodes in past year.
Symptomatic cholelithiasis explains the pain. Surgical referral.""", "2026-02-12", author=pcp, enc=e2)
    e3 = r.encounter("2026-02-26", "AMB", "General surgery consult", cpt=("99203", "Office or other outpatient visit, new patient, 30-44 minutes"), reasons=[chol], prac=surg)
    sr = r.service_request("Laparoscopic cholecystectomy", [(CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), (L, "SURG-LAPCHOLE", "LAP CHOLECYSTECTOMY")],
                           status="completed", authored="2026-02-26", occurrence="2026-03-19", reasons=[chol], requester=surg)
    e4 = r.encounter("2026-03-19", "AMB", "Ambulatory surgery", cpt=("47562", "Laparoscopy, surgical; cholecystectomy"), reasons=[chol], prac=surg,
                     tstart="07:30", tend="13:00", loc_text="St. Brendan Ambulatory Surgery Center")
    r.procedure("Laparoscopic cholecystectomy", [(CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), (SCT, "45595009", "Laparoscopic cholecystectomy")],
                date="2026-03-19T08:15:00-04:00", reasons=[chol], performer=surg, enc=e4, based_on=sr, outcome="Uncomplicated; discharged same day")
    r.report((LOINC, "22634-0", "Pathology report.gross and microscopic"), "2026-03-19", [
        dict(code=(LOINC, "22634-0", "Pathology report.gross and microscopic"), cat="laboratory", vstr="Gallbladder: chronic cholecystitis with cholelithiasis. No dysplasia or malignancy.", interp=None)],
        cat=("SP", "Surgical Pathology"), conclusion="Chronic cholecystitis and cholelithiasis.")
    e5 = r.encounter("2026-04-02", "AMB", "Postoperative visit", cpt=("99024", "Postoperative follow-up visit, normally included in the surgical package"), reasons=[chol], prac=surg)
    r.note("""Post-op 04/02/2026. Doing well, incisions healed, tolerating regular diet, no further pain. Pathology chronic cholecystitis.
Discharged from surgical clinic.""", "2026-04-02", author=surg, enc=e5)
    e6 = r.encounter("2026-10-07", "AMB", "Preventive visit, established patient 40-64", cpt=("99396", "Periodic comprehensive preventive medicine reevaluation, 40-64 years"), prac=pcp)
    r.vitals("2026-10-07", e6, sbp=128, dbp=80, hr=74, wt=91.0, ht=165.0)
    r.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 5.9, "%", "2026-10-07", low=4.0, high=5.6, enc=e6)
    r.note("""Annual visit 10/07/2026. No abdominal pain since cholecystectomy. Prediabetes, A1c 5.9; lifestyle counseling. Flu shot today.""",
           "2026-10-07", author=pcp, enc=e6)
    r.immunization("141", "Influenza, seasonal, injectable", "2026-10-07")
    return r


def dsm_n2(cid):
    """62M fatigue/cold intolerance -> primary hypothyroidism (E03.9) on levothyroxine; TSH normalised, symptoms resolved."""
    r = Rec(cid, SITES["cascadia"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Nathaniel", "Okafor", npi="1215583049", gender="male")
    r.patient("Steven Craig", "Lundgren", "male", "1964-01-08", "CH40172285", "6230 SE Woodstock Blvd", "Portland", "OR", "97206", "503-555-0115", gp=pcp)
    r.coverage("Providence Health Plan", "Providence Choice PPO", "PHP8830021461")
    r.condition("Osteoarthritis of left knee", icd=("M17.12", "Unilateral primary osteoarthritis, left knee"), sct=("239873007", "Osteoarthritis of knee"),
                onset="2020-01-01", recorded="2021-05-03")
    r.condition("Acute gout of right first metatarsophalangeal joint", icd=("M10.071", "Idiopathic gout, right ankle and foot"), sct=("90560007", "Gout"),
                onset="2022-11-04", clinical="resolved", abate="2022-11-20", recorded="2022-11-04")
    e1 = r.encounter("2026-03-17", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reason="Fatigue, feeling cold, weight gain", prac=pcp)
    r.vitals("2026-03-17", e1, sbp=132, dbp=84, hr=58, wt=96.2, ht=180.3)
    fat = r.condition("Fatigue", icd=("R53.83", "Other fatigue"), sct=("84229001", "Fatigue"), onset="2025-12-01", clinical="resolved",
                      abate="2026-07-21", recorded="2026-03-17", recorder=pcp, cat="encounter-diagnosis", enc=e1)
    r.report((L, "LAB-THY", "Thyroid panel"), "2026-03-17", [tsh(14.6),
             dict(code=("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma"), value=0.58, unit="ng/dL", low=0.82, high=1.77),
             dict(code=("8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma"), value=312, unit="[IU]/mL", low=0, high=34)], enc=e1)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-03-17", cbc(14.1, sex="M"), enc=e1)
    r.report(("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "2026-03-17", lipids(238, 158, 44, 180), enc=e1)
    hypo = r.condition("Hypothyroidism", icd=("E03.9", "Hypothyroidism, unspecified"), sct=("40930008", "Hypothyroidism"), onset="2026-03-17",
                       recorded="2026-03-19", recorder=pcp, note="Primary hypothyroidism, TPO antibody positive (Hashimoto).")
    r.note("""Visit 03/17/2026. 4 months of fatigue, cold intolerance, constipation, 5 kg weight gain, dry skin. HR 58, delayed reflexes.
TSH 14.6, free T4 0.58, TPO Ab 312: overt primary hypothyroidism (autoimmune). Explains symptoms and new LDL rise.
Start levothyroxine 100 mcg, recheck TSH 6-8 weeks.""", "2026-03-19", author=pcp)
    r.med("Levothyroxine Sodium 0.1 MG Oral Tablet", rx="966222", authored="2026-03-19T09:00:00-07:00", dose="1 tablet daily on empty stomach",
          reasons=[hypo], requester=pcp)
    e2 = r.encounter("2026-05-12", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[hypo], prac=pcp)
    r.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), 5.2, "m[IU]/L", "2026-05-12", low=0.45, high=4.5, enc=e2)
    r.note("""Visit 05/12/2026. Energy better, less cold. TSH 5.2. Increase levothyroxine to 112 mcg.""", "2026-05-12", author=pcp, enc=e2)
    e3 = r.encounter("2026-07-21", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[hypo], prac=pcp)
    r.vitals("2026-07-21", e3, sbp=126, dbp=80, hr=66, wt=92.4)
    r.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), 2.1, "m[IU]/L", "2026-07-21", low=0.45, high=4.5, enc=e3)
    r.note("""Visit 07/21/2026. Fatigue resolved, bowel habits normal, lost 3.8 kg. TSH 2.1 on 112 mcg. Euthyroid. Fatigue resolved.
Annual TSH.""", "2026-07-21", author=pcp, enc=e3)
    r.med("Levothyroxine Sodium 0.112 MG Oral Tablet", rx="966189", authored="2026-05-12T09:00:00-07:00", dose="1 tablet daily on empty stomach",
          reasons=[hypo], requester=pcp)
    e4 = r.encounter("2026-10-28", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), prac=pcp,
                     reason="Left knee pain follow-up")
    r.vitals("2026-10-28", e4, sbp=124, dbp=78, wt=91.7)
    r.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), 1.8, "m[IU]/L", "2026-10-28", low=0.45, high=4.5, enc=e4)
    r.report(("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "2026-10-28", lipids(192, 116, 47, 142), enc=e4)
    r.note("""Visit 10/28/2026. Feels well, energy normal. Left knee OA stable with walking program and PRN acetaminophen.
Lipids improved once euthyroid. TSH 1.8.""", "2026-10-28", author=pcp, enc=e4)
    r.immunization("141", "Influenza, seasonal, injectable", "2026-10-28")
    return r


CASES = [
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", dsm_p1, ["DIAGNOSIS_SYMPTOM_MISMATCH"],
     "'Viral syndrome' (B34.9, a catch-all code) active since June 2026 (>150 days) while fevers, rash and arthralgia continue and ferritin/CRP/WBC keep rising; the label cannot account for them.",
     "29F labelled 'viral syndrome' for 6 months with ongoing fevers, rash, ferritin 2140"),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", dsm_p2, ["DIAGNOSIS_SYMPTOM_MISMATCH"],
     "'Mechanical low back pain/lumbar strain' persists 6 months with night pain, 6 kg weight loss, anaemia, hypercalcaemia, high protein gap and rising creatinine: red flags the label cannot explain.",
     "58M 'lumbar strain' with night pain, weight loss, anaemia, Ca 10.9, protein gap"),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", dsm_p3, ["DIAGNOSIS_SYMPTOM_MISMATCH"],
     "'Anxiety disorder, unspecified' (F41.9) since March; paroxysmal spells with BP up to 184/112, tachycardia, hyperglycaemia and weight loss continue while GAD-7 is low - findings the label does not explain.",
     "46F 'anxiety disorder' with paroxysmal hypertension spells, GAD-7 low"),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", dsm_n1, [],
     "Catch-all 'abdominal pain, unspecified' (R10.9) was replaced within a week by cholelithiasis, treated by cholecystectomy in March; pain resolved and the R10.9 entry is resolved.",
     "51F abdominal pain explained by gallstones, cholecystectomy done, asymptomatic"),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", dsm_n2, [],
     "Fatigue explained by overt autoimmune hypothyroidism (E03.9 - 'unspecified' only in the code title); symptoms resolved and TSH normal on levothyroxine.",
     "62M fatigue from hypothyroidism, corrected on levothyroxine"),
]
