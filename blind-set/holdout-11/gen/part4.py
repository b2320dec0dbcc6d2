from common import *

PAIN = cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
PHQ9 = cc((LN, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"))
A1C = cc((LN, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"))
YES = {"system": LN, "code": "LA33-6", "display": "Yes"}
NO = {"system": LN, "code": "LA32-8", "display": "No"}


def c6_nm_va_questionnaire_no(c):
    """70-year-old veteran with tinnitus/hearing loss and hypertension; Whole Health questionnaire answers No to wanting a second opinion."""
    pcp, aud = V_setup(c, ["Roger", "Neil"], "Pakulski", "male", "1956-02-28", "5602287",
                       clinicians=((["Ellen"], "Drake", "Dr.", "MD, PACT Primary Care"), (["Sonia"], "Patel", "Dr.", "AuD, Audiology")), era="Vietnam era")
    c.condition(cc((ICD, "H93.13", "Tinnitus, bilateral")), "2010-01-01", note="Service connected.")
    c.condition(cc((ICD, "H90.3", "Sensorineural hearing loss, bilateral")), "2010-01-01")
    c.condition(cc((ICD, "I10", "Essential (primary) hypertension")), "2012-01-01")
    c.condition(cc((ICD, "L03.116", "Cellulitis of left lower limb")), "2025-07-01", clinical="resolved", abated="2025-07-15")
    c.medreq(cc((RX, "29046", "lisinopril")), "2026-01-01", dosage="20 mg daily", requester=pcp)
    c.servicereq(cc((HCPCS, "V5261", "Hearing aid, digital, binaural, behind the ear")), "2026-06-01", status="completed", requester=aud)
    e = c.encounter("2026-11-10", typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT primary care"), pract=pcp)
    c.vitals("2026-11-10", e, sbp=128, dbp=76, hr=68, wt=81.0)
    c.obs(cc((LN, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), "2026-11-10", 1.0, "mg/dL", low=0.7, high=1.3, interp="N")
    c.obs(cc((LN, "2823-3", "Potassium [Moles/volume] in Serum or Plasma")), "2026-11-10", 4.4, "mmol/L", low=3.5, high=5.1, interp="N")
    c.note("2026-11-10", NOTE_PROGRESS, pcp, "PACT visit. BP controlled. New hearing aids helping; tinnitus tolerable with sound generator. Completed Whole Health check-in; satisfied with care.", enc=e)
    c.add({"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "https://vhs-northplains.example.gov/fhir/Questionnaire/wh-my-care",
           "subject": {"reference": c.pref}, "authored": "2026-11-10T14:30:00Z", "author": {"reference": c.pref}, "encounter": {"reference": e},
           "item": [{"linkId": "1", "text": "Do you understand your current treatment plan?", "answer": [{"valueCoding": YES}]},
                    {"linkId": "2", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [{"valueCoding": NO}]},
                    {"linkId": "3", "text": "Anything else you want your care team to know?", "answer": [{"valueString": "Hearing aids are great. Thanks."}]}]}, "qr")
    c.obs(cc(text="Tinnitus Handicap Inventory score"), "2026-06-01", 28, cat="survey")


def c6_nm_w_declined_offer(c):
    """33-year-old with LSIL cytology/HPV+; clinician offers a second opinion, patient replies she does not want one and proceeds with colposcopy."""
    gyn, np = W_setup(c, ["Jasmine", "Nicole"], "Okafor-Lund", "1993-06-17", "HW0699317", marital="S",
                      clinicians=((["Theresa"], "Blake", "Dr.", "MD, General Gynecology"), (["Kara"], "Finch", "", "CNM, Midwifery")))
    c.condition(cc((ICD, "R87.612", "Low grade squamous intraepithelial lesion on cytologic smear of cervix (LGSIL)")), "2026-10-02")
    c.condition(cc((ICD, "R87.810", "Cervical high risk human papillomavirus (HPV) DNA positive"), text="Cervical high-risk HPV positive (non-16/18)"), "2026-10-02")
    c.condition(cc((ICD, "N76.0", "Acute vaginitis")), "2025-03-01", clinical="resolved", abated="2025-03-15")
    c.condition(cc((ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), "2005-01-01")
    c.obs(cc((LN, "19762-4", "General categories [Interpretation] of Cervical or vaginal smear or scraping by Cyto stain"), text="Cervical cytology"), "2026-10-02", text_value="LSIL", interp="A")
    e = c.encounter("2026-10-02", typ=cc((CPT, "99395", "Periodic comprehensive preventive medicine, 18-39 years")), pract=np)
    c.vitals("2026-10-02", e, sbp=110, dbp=70, hr=72, wt=63.0)
    c.medreq(cc(text="Norethindrone acetate/ethinyl estradiol 1 mg/20 mcg tablet"), "2026-01-01", dosage="1 tablet daily", requester=np)
    c.medreq(cc((RX, "435", "albuterol")), "2025-01-01", dosage="2 puffs as needed", requester=np)
    off = c.communication("2026-10-09T13:00:00Z", gyn, c.pref, "Your Pap showed a low-grade change with HPV. We recommend colposcopy. This is a very common finding; if you would ever like a second opinion on the plan we are happy to arrange one.",
                          category=cc(text="Patient portal message"))
    c.communication("2026-10-09T22:45:00Z", c.pref, gyn, "Thanks for explaining. No, I don't need a second opinion - I'm comfortable with the plan. I booked the colposcopy for next month.",
                    category=cc(text="Patient portal message"), in_response_to=off)
    e2 = c.encounter("2026-11-06", typ=cc((CPT, "57454", "Colposcopy of the cervix including upper/adjacent vagina; with biopsy(s) of the cervix and endocervical curettage")), pract=gyn)
    c.procedure(cc((CPT, "57454", "Colposcopy of the cervix including upper/adjacent vagina; with biopsy(s) of the cervix and endocervical curettage")), "completed", "2026-11-06", performer=gyn, enc=e2)
    c.obs(cc((LN, "22637-3", "Pathology report final diagnosis Narrative")), "2026-11-10", text_value="Cervix 6 o'clock biopsy: LSIL (CIN 1). ECC negative.", interp="A")
    c.note("2026-11-12", NOTE_PROGRESS, gyn, "Colposcopy biopsy CIN1, ECC negative. Plan co-testing in 1 year per ASCCP risk-based guidelines. Patient informed and agrees.")


# ---------------- WORSENING_DESPITE_TREATMENT ----------------

def c7_pos_va_pcl5(c):
    """35-year-old OEF veteran with PTSD; PCL-5 rises 41 -> 58 over 6 months despite continuous sertraline and weekly CPT psychotherapy."""
    psy, th = V_setup(c, ["Kyle", "Robert"], "Dunleavy", "male", "1991-08-19", "9108193",
                      clinicians=((["Miriam"], "Adler", "Dr.", "MD, Psychiatry - PTSD Clinical Team"), (["Luis"], "Navarro", "Dr.", "PhD, Psychology - PTSD Clinical Team")), era="OEF/OIF", marital="D")
    ptsd = c.condition(cc((ICD, "F43.12", "Post-traumatic stress disorder, chronic"), (SCT, "47505003", "Posttraumatic stress disorder")), "2019-04-01", asserter=psy)
    c.condition(cc((ICD, "F10.10", "Alcohol abuse, uncomplicated")), "2020-01-01", clinical="remission")
    c.condition(cc((ICD, "S06.0X0S", "Concussion without loss of consciousness, sequela"), text="Blast concussion 2011"), "2011-06-01", clinical="resolved", abated="2012-01-01")
    c.medreq(cc((RX, "36437", "sertraline"), text="Sertraline 200 mg daily"), "2025-10-01", dosage="200 mg by mouth daily", requester=psy, reason_ref=ptsd)
    c.medstmt(cc((RX, "36437", "sertraline")), "active", start="2025-06-01", asserted="2026-11-12", dosage="Taking 200 mg daily; pharmacy refills on time (MPR 0.96)", reason_ref=ptsd)
    c.medreq(cc((RX, "8629", "prazosin")), "2026-02-01", dosage="6 mg at bedtime for nightmares", requester=psy, reason_ref=ptsd)
    sc = [("2026-05-06", 41), ("2026-07-15", 47), ("2026-09-09", 52), ("2026-11-12", 58)]
    for d, s in sc:
        e = c.encounter(d, typ=cc((CPT, "90837", "Psychotherapy, 60 minutes with patient")), pract=th, reason_ref=[ptsd])
        c.obs(cc(c.local("mh-instrument", "PCL5-TOT", "PCL-5 total score"), text="PTSD Checklist for DSM-5 (PCL-5) total score"), d, s, cat="survey", enc=e, ref_text="0-80; >=33 probable PTSD")
    c.careplan("PTSD Clinical Team treatment plan", "active", "plan", "2026-03-01", [cc((SCT, "736373009", "Mental health care plan"))], addresses=[ptsd], author=th,
               activities=[{"status": "in-progress", "description": "Cognitive Processing Therapy, weekly 60-min sessions (since 2026-03)"}, {"status": "in-progress", "description": "Sertraline 200 mg + prazosin (psychiatry)"}])
    c.obs(PHQ9, "2026-11-12", 16, cat="survey")
    c.obs(cc(text="Columbia Suicide Severity Rating Scale screener"), "2026-11-12", text_value="Negative", cat="survey", interp="N")
    c.note("2026-11-12", NOTE_PROGRESS, psy, """
PCT PSYCHIATRY NOTE
35 y/o OEF Army veteran with chronic PTSD. On sertraline 200 mg (>12 months, adherent) and prazosin 6 mg; completing CPT with Dr. Navarro weekly since March (18 sessions attended).
PCL-5 trend: 41 (5/6) -> 47 (7/15) -> 52 (9/9) -> 58 (11/12). Worse nightmares, hypervigilance, isolating after job loss. No SI/HI; C-SSRS negative; no alcohol use x 5 years.
Assessment: PTSD worsening despite adequate pharmacotherapy and evidence-based psychotherapy.
Plan: discussed options (switch to venlafaxine, PE, residential program).
""")


def c7_pos_w_endometriosis_pain(c):
    """34-year-old with laparoscopically confirmed endometriosis; pelvic pain NRS 4 -> 8 over 6 months despite continuous dienogest."""
    gyn, np = W_setup(c, ["Chloe", "Anne"], "Reinholt", "1992-09-30", "HW0892930",
                      clinicians=((["Mireille"], "Dufresne", "Dr.", "MD, Minimally Invasive Gynecology"), (["Kate"], "Sorrell", "", "NP, Pelvic Pain Clinic")))
    endo = c.condition(cc((SCT, "129103003", "Endometriosis"), (ICD, "N80.9", "Endometriosis, unspecified"), text="Endometriosis, rASRM stage II (laparoscopy 2025)"), "2025-04-15", asserter=gyn)
    c.condition(cc((ICD, "N94.6", "Dysmenorrhea, unspecified")), "2014-01-01")
    c.condition(cc((ICD, "F41.1", "Generalized anxiety disorder")), "2020-01-01")
    c.procedure(cc((CPT, "58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface by any method")), "completed", "2025-04-15", performer=gyn, reason_ref=endo)
    c.medreq(cc(text="Dienogest 2 mg tablet"), "2026-02-01", dosage="2 mg by mouth daily continuously", requester=gyn, reason_ref=endo)
    c.medstmt(cc(text="Dienogest 2 mg tablet"), "active", start="2026-02-01", asserted="2026-11-16", dosage="Taking daily, no missed doses, amenorrheic", reason_ref=endo)
    c.medreq(cc((RX, "7258", "naproxen")), "2026-02-01", dosage="500 mg twice daily as needed", requester=gyn)
    for d, s in [("2026-05-11", 4), ("2026-07-13", 6), ("2026-09-14", 7), ("2026-11-16", 8)]:
        e = c.encounter(d, typ=OFFICE_EST3, pract=np, reason_ref=[endo])
        c.obs(PAIN, d, s, cat="survey", enc=e, note="Average pelvic pain over past week")
    c.obs(cc(text="Transvaginal ultrasound"), "2026-09-14", cat="imaging", text_value="No endometrioma; uterus normal; no deep nodule seen.", interp="N")
    c.vitals("2026-11-16", None, sbp=112, dbp=70, hr=74, wt=59.0)
    c.note("2026-11-16", NOTE_PROGRESS, np, """
Pelvic pain clinic
On dienogest 2 mg daily since Feb 2026 with good adherence (amenorrheic). Average pelvic pain NRS 4 (May) -> 6 -> 7 -> 8 today; dyspareunia and missed 4 workdays last month. Pelvic floor PT 8 sessions done.
Assessment: endometriosis-associated pain worsening despite progestin therapy. Discuss with Dr. Dufresne: GnRH antagonist vs repeat surgery.
""")


def c7_pos_peds_asthma(c):
    """10-year-old boy with moderate persistent asthma; C-ACT falls 22 -> 13 and FEV1 %pred 91 -> 72 over 5 months despite adherent ICS/LABA."""
    rp, (pulm, pcp), _ = P_setup(c, ["Elijah", "Marcus"], "Washington", "male", "2016-01-12", "LCH1160112", ("Tamara", "Washington"),
                                 clinicians=((["Ruth"], "Abramowicz", "Dr.", "MD, Pediatric Pulmonology"), (["Daniel"], "Kim", "Dr.", "MD, General Pediatrics")))
    ast = c.condition(cc((ICD, "J45.40", "Moderate persistent asthma, uncomplicated"), (SCT, "195967001", "Asthma")), "2020-03-01", asserter=pulm)
    c.condition(cc((ICD, "J30.9", "Allergic rhinitis, unspecified")), "2019-01-01")
    c.condition(cc((ICD, "J45.41", "Moderate persistent asthma with (acute) exacerbation")), "2026-10-02", clinical="resolved", abated="2026-10-09", cat="encounter-diagnosis")
    c.medreq(cc(text="Fluticasone propionate/salmeterol 100/50 mcg diskus"), "2026-05-01", dosage="1 inhalation twice daily", requester=pulm, reason_ref=ast)
    c.medstmt(cc(text="Fluticasone propionate/salmeterol 100/50 mcg diskus"), "active", start="2026-05-01", asserted="2026-11-18", source=rp, dosage="Dose counter and pharmacy refill confirm twice-daily use", reason_ref=ast)
    c.medreq(cc((RX, "88249", "montelukast")), "2026-05-01", dosage="5 mg chewable at bedtime", requester=pulm, reason_ref=ast)
    c.medreq(cc((RX, "435", "albuterol")), "2026-05-01", dosage="2-4 puffs every 4 h as needed", requester=pulm)
    c.medreq(cc((RX, "8638", "prednisolone"), text="Prednisolone 15 mg/5 mL solution"), "2026-10-02", status="completed", dosage="1 mg/kg (33 mg) daily x 5 days", requester=pcp)
    for d, act, fev in [("2026-06-10", 22, 91), ("2026-08-12", 18, 84), ("2026-10-14", 15, 78), ("2026-11-18", 13, 72)]:
        e = c.encounter(d, typ=OFFICE_EST, pract=pulm, reason_ref=[ast])
        c.obs(cc(c.local("peds-instrument", "CACT", "Childhood Asthma Control (C-ACT) total score"), text="C-ACT (childhood asthma control questionnaire) total score"), d, act, cat="survey", enc=e, ref_text=">19 well controlled")
        c.obs(cc((LN, "20152-5", "FEV1 measured/predicted"), (SCT, "313223002", "Percent predicted forced expired volume in one second")), d, fev, "%", cat="procedure", enc=e, low=80, interp="N" if fev >= 80 else "L")
    c.vitals("2026-11-18", None, hr=96, rr=20, spo2=96, wt=33.0, ht=139.5)
    c.note("2026-11-18", NOTE_PROGRESS, pulm, """
Pediatric Pulmonology
Elijah, 10, moderate persistent asthma. Stepped up to fluticasone/salmeterol 100/50 BID + montelukast in May. Technique checked, adherence confirmed by dose counter and refills. Despite this, C-ACT 22 -> 18 -> 15 -> 13 and FEV1 91 -> 72% predicted; one ED-treated exacerbation with oral steroids (Oct), night waking 2-3x/week. No smoke exposure at home; new mold issue in apartment reported by mother.
Plan: consider step-up (medium-dose ICS/LABA), allergy evaluation, home environment assessment.
""")


def c7_nm_va_phq9_off_treatment(c):
    """53-year-old veteran with depression: PHQ-9 rises 8 -> 18 after he stopped sertraline in June (no active treatment during the decline); bupropion started Nov 20."""
    pcp, mh = V_setup(c, ["Douglas", "Ray"], "Thibodeaux", "male", "1973-06-03", "7306037",
                      clinicians=((["Nora"], "Fielding", "Dr.", "MD, PACT Primary Care"), (["Amir"], "Sadeghi", "Dr.", "PsyD, Primary Care Mental Health Integration")), era="Gulf War")
    dep = c.condition(cc((ICD, "F33.1", "Major depressive disorder, recurrent, moderate"), (SCT, "370143000", "Major depressive disorder")), "2021-02-01", asserter=mh)
    c.condition(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2018-01-01")
    c.condition(cc((ICD, "M54.50", "Low back pain, unspecified")), "2024-03-01", clinical="resolved", abated="2024-06-01")
    c.medreq(cc((RX, "36437", "sertraline"), text="Sertraline 100 mg tablet"), "2025-09-01", status="stopped", dosage="100 mg daily", requester=pcp, reason_ref=dep,
             status_reason="Veteran stopped on his own 2026-06-05 due to sexual side effects; did not return for follow-up until November.", end="2026-06-05")
    c.medstmt(cc((RX, "36437", "sertraline")), "stopped", start="2025-09-01", end="2026-06-05", asserted="2026-11-20", reason_ref=dep, note="Self-discontinued.")
    c.medreq(cc((RX, "42347", "bupropion"), text="Bupropion XL 150 mg tablet"), "2026-11-20", dosage="150 mg every morning", requester=pcp, reason_ref=dep)
    c.medreq(cc((RX, "83367", "atorvastatin")), "2026-01-01", dosage="20 mg daily", requester=pcp)
    for d, s in [("2026-05-19", 8), ("2026-08-25", 13), ("2026-10-20", 16), ("2026-11-20", 18)]:
        e = c.encounter(d, typ=cc((c.local("stop-code", "534", "MENTAL HEALTH INTGRT CARE IND") if d != "2026-08-25" else c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PCMHI / PACT visit"), pract=mh if d != "2026-08-25" else pcp, reason_ref=[dep])
        c.obs(PHQ9, d, s, cat="survey", enc=e)
    c.obs(cc(text="Columbia Suicide Severity Rating Scale screener"), "2026-11-20", text_value="Negative", cat="survey", interp="N")
    c.note("2026-11-20", NOTE_PROGRESS, pcp, """
PACT / PCMHI joint visit
Recurrent MDD. Veteran stopped sertraline in early June because of sexual side effects and did not tell us; has been off all antidepressants and missed PCMHI sessions since. PHQ-9 8 (May, on sertraline) -> 13 -> 16 -> 18 today. No SI.
Plan: start bupropion XL 150 mg, resume PCMHI every 2 weeks, behavioral activation.
""")


def c7_nm_w_hba1c_small(c):
    """44-year-old with PCOS and type 2 diabetes on metformin; HbA1c 6.6 -> 6.8 -> 6.9 over 8 months (rise below 0.5 % MCID)."""
    endo, np = W_setup(c, ["Laura", "Beth"], "Vasquez-Hale", "1982-03-15", "HW0482315",
                       clinicians=((["Simone"], "Achebe", "Dr.", "MD, Reproductive Endocrinology (PCOS clinic)"), (["Hope"], "Larkin", "", "NP, Women's Primary Care")))
    dm = c.condition(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications"), (SCT, "44054006", "Diabetes mellitus type 2")), "2022-05-01")
    c.condition(cc((ICD, "E28.2", "Polycystic ovarian syndrome"), (SCT, "69878008", "Polycystic ovaries")), "2008-01-01")
    c.condition(cc((ICD, "E66.9", "Obesity, unspecified")), "2010-01-01")
    c.condition(cc((ICD, "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control")), "2016-03-01", clinical="resolved", abated="2016-08-20")
    c.medreq(cc((RX, "6809", "metformin"), text="Metformin ER 500 mg tablet"), "2025-01-01", dosage="1000 mg twice daily", requester=endo, reason_ref=dm)
    c.medreq(cc(text="Drospirenone/ethinyl estradiol 3 mg/0.02 mg tablet"), "2025-01-01", dosage="1 tablet daily", requester=endo)
    for d, a, w in [("2026-03-10", 6.6, 94.0), ("2026-07-14", 6.8, 94.6), ("2026-11-10", 6.9, 95.1)]:
        e = c.encounter(d, typ=OFFICE_EST3, pract=np, reason_ref=[dm])
        c.obs(A1C, d, a, "%", low=4.0, high=5.6, interp="H", enc=e)
        c.vitals(d, e, sbp=124, dbp=80, wt=w, bmi=round(w / 1.65 ** 2, 1))
    c.obs(cc((LN, "9318-7", "Albumin/Creatinine [Mass Ratio] in Urine")), "2026-11-10", 12, "mg/g", low=0, high=30, interp="N")
    c.obs(cc((LN, "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation")), "2026-11-10", 96, "mg/dL", high=100, interp="N")
    c.note("2026-11-10", NOTE_PROGRESS, np, "Diabetes/PCOS follow-up. A1c 6.9 (6.6 in March), still at individual goal <7. Weight stable. Reinforced diet/exercise; continue metformin. Recheck 4 months.")


# ---------------- RARE_OR_COMPLEX_CONDITION ----------------

def c8_pos_peds_noonan(c):
    """7-year-old boy with Noonan syndrome (PTPN11), pulmonary valve stenosis and short stature on growth hormone."""
    rp, (gen, endo, cards), _ = P_setup(c, ["Oliver", "Reid"], "Sandoval", "male", "2019-07-08", "LCH3190708", ("Andrea", "Sandoval"),
                                        clinicians=((["Lena"], "Vasquez", "Dr.", "MD, Medical Genetics"), (["Paul"], "Richter", "Dr.", "MD, Pediatric Endocrinology"), (["Amy"], "Cho", "Dr.", "MD, Pediatric Cardiology")))
    ns = c.condition(cc((SCT, "205824006", "Noonan syndrome"), (ICD, "Q87.19", "Other congenital malformation syndromes predominantly associated with short stature")), "2020-02-14", asserter=gen,
                     note="PTPN11 c.922A>G (p.Asn308Asp) heterozygous, de novo.")
    c.condition(cc((ICD, "Q22.1", "Congenital pulmonary valve stenosis"), (SCT, "56786000", "Pulmonic valve stenosis")), "2019-07-20", asserter=cards, note="Mild, peak gradient 28 mmHg, dysplastic valve.")
    c.condition(cc((ICD, "R62.52", "Short stature (child)")), "2021-01-01", asserter=endo)
    c.condition(cc((ICD, "H66.90", "Otitis media, unspecified, unspecified ear")), "2024-02-01", clinical="resolved", abated="2024-02-15")
    c.obs(cc((LN, "51969-4", "Genetic analysis report"), text="PTPN11 sequencing"), "2020-02-10", text_value="Pathogenic variant PTPN11 c.922A>G p.(Asn308Asp), heterozygous", interp="A")
    c.medreq(cc(text="Somatropin 5 mg/1.5 mL pen"), "2023-03-01", dosage="0.066 mg/kg/day SC nightly (1.4 mg)", requester=endo, reason_ref=ns)
    for d, h, w in [("2025-11-12", 111.0, 19.2), ("2026-05-13", 114.1, 20.0), ("2026-11-11", 117.0, 21.1)]:
        e = c.encounter(d, typ=OFFICE_EST, pract=endo, reason_ref=[ns])
        c.vitals(d, e, ht=h, wt=w)
    c.obs(cc((LN, "2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma")), "2026-11-11", 210, "ng/mL", low=64, high=345, interp="N")
    c.obs(cc(text="Pulmonary valve peak gradient (echocardiogram)"), "2026-06-02", 30, "mm[Hg]", cat="imaging")
    c.obs(cc(text="Vanderbilt/ASQ - developmental screen"), "2026-05-13", text_value="Mild fine-motor delay; receiving OT at school", cat="survey")
    c.note("2026-11-11", NOTE_PROGRESS, endo, "Peds endocrine: Noonan syndrome on GH since 3/2023, height velocity 5.8 cm/yr, IGF-1 mid-normal. Continue dose. Cardiology yearly for mild PS/HCM surveillance; genetics review 2027.")


def c8_pos_w_mrkh(c):
    """24-year-old with Mayer-Rokitansky-Kuster-Hauser syndrome type 1 (uterovaginal agenesis), vaginal dilator therapy, fertility counselling."""
    adgyn, psy = W_setup(c, ["Samantha", "Joy"], "Whitcombe", "2002-04-09", "HW1020409", marital="S",
                         clinicians=((["Beatrice"], "Lund", "Dr.", "MD, Pediatric & Adolescent Gynecology"), (["Rosa"], "Mendel", "Dr.", "PhD, Health Psychology")))
    mrkh = c.condition(cc((ICD, "Q51.0", "Agenesis and aplasia of uterus"), text="Mayer-Rokitansky-Kuster-Hauser syndrome, type 1 (typical)"), "2018-09-20", asserter=adgyn,
                       note="Presented with primary amenorrhea at 16. 46,XX. Normal ovaries, renal US normal. ORPHA:3109.")
    c.condition(cc((ICD, "Q52.0", "Congenital absence of vagina")), "2018-09-20")
    c.condition(cc((ICD, "N91.0", "Primary amenorrhea")), "2018-06-01", clinical="resolved", abated="2018-09-20")
    c.condition(cc((ICD, "F41.1", "Generalized anxiety disorder")), "2019-01-01")
    c.obs(cc((LN, "29770-5", "Karyotype [Identifier] in Blood or Tissue Nominal"), text="Karyotype"), "2018-08-01", text_value="46,XX", interp="N")
    c.obs(cc(text="Pelvic MRI"), "2018-08-20", cat="imaging", text_value="Absent uterus and upper vagina; bilateral normal ovaries; kidneys normal.", interp="A")
    c.obs(cc(text="Vaginal length (dilator therapy)"), "2026-10-05", 6.5, "cm", cat="exam")
    c.obs(cc((LN, "83098-4", "Mullerian inhibiting substance [Mass/volume] in Serum or Plasma"), text="AMH"), "2026-10-05", 3.1, "ng/mL", low=1.0, high=4.0, interp="N")
    c.procedure(cc(text="Vaginal dilator therapy (Frank method), supervised program"), "in-progress", ("2025-03-01", None) if False else "2025-03-01", performer=adgyn)
    for d in ["2026-04-06", "2026-10-05"]:
        c.encounter(d, typ=OFFICE_EST, pract=adgyn, reason_ref=[mrkh])
    c.encounter("2026-10-19", typ=cc((CPT, "90834", "Psychotherapy, 45 minutes with patient")), pract=psy, reason_ref=[mrkh])
    c.note("2026-10-05", NOTE_PROGRESS, adgyn, """
Adolescent & young adult gynecology
MRKH type 1. Dilator therapy progressing, vaginal length 6.5 cm. Now 24 and in a stable relationship, asking about future biological children. Discussed gestational carrier with IVF (ovaries functional, AMH 3.1) and uterus transplantation programs (research setting). Referred to REI for counselling; continue psychology support and MRKH peer group.
""")
    c.servicereq(cc(text="Referral to Reproductive Endocrinology - fertility counselling (gestational carrier)"), "2026-10-05", status="active", requester=adgyn, reason_ref=mrkh)
    c.medreq(cc(text="Water-based lubricant"), "2025-03-01", dosage="Use with dilators", requester=adgyn)


def c8_pos_va_multimorbidity(c):
    """60-year-old veteran with 7 active chronic conditions spanning neurology (TBI), psychiatry (PTSD), endocrinology (T2DM), nephrology (CKD 3a), pulmonology (COPD, OSA) and audiology."""
    pcp, neuro, psy = V_setup(c, ["Anthony", "Joseph"], "Marchetti", "male", "1966-01-22", "6601227",
                              clinicians=((["Gwen"], "Holt", "Dr.", "MD, PACT Primary Care"), (["Ivan"], "Petrov", "Dr.", "MD, Neurology - Polytrauma/TBI"), (["Celeste"], "Moon", "Dr.", "MD, Psychiatry")), era="Gulf War")
    conds = [
        (cc((ICD, "S06.2X9S", "Diffuse traumatic brain injury with loss of consciousness of unspecified duration, sequela"), text="Moderate TBI (IED blast 1991), sequelae: headaches, memory"), "1991-02-26", neuro),
        (cc((ICD, "F43.12", "Post-traumatic stress disorder, chronic")), "1996-01-01", psy),
        (cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2010-01-01", pcp),
        (cc((ICD, "N18.31", "Chronic kidney disease, stage 3a")), "2021-01-01", pcp),
        (cc((ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2015-01-01", pcp),
        (cc((ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2017-01-01", pcp),
        (cc((ICD, "H90.3", "Sensorineural hearing loss, bilateral")), "1995-01-01", pcp),
        (cc((ICD, "G44.309", "Post-traumatic headache, unspecified, not intractable")), "1991-06-01", neuro),
    ]
    for code, on, who in conds:
        c.condition(code, on, asserter=who)
    c.condition(cc((ICD, "L03.115", "Cellulitis of right lower limb")), "2024-09-01", clinical="resolved", abated="2024-09-20")
    for m, t, d in [("1373458", "canagliflozin", "100 mg daily"), ("6809", "metformin", "500 mg twice daily (renal dose)"), ("29046", "lisinopril", "20 mg daily"), ("36437", "sertraline", "150 mg daily"), ("69120", "tiotropium", "2 inhalations daily"), ("8629", "prazosin", "3 mg at bedtime")]:
        c.medreq(cc((RX, m, t)), "2026-06-01", dosage=d, requester=pcp)
    for d, a, g in [("2026-05-12", 7.3, 54), ("2026-11-10", 7.2, 55)]:
        c.obs(A1C, d, a, "%", low=4.0, high=5.6, interp="H")
        c.obs(cc((LN, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")), d, g, "mL/min/{1.73_m2}", low=60, interp="L")
    c.obs(cc((LN, "20152-5", "FEV1 measured/predicted")), "2026-03-02", 61, "%", cat="procedure", interp="L")
    e = c.encounter("2026-11-10", typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT primary care"), pract=pcp)
    c.vitals("2026-11-10", e, sbp=132, dbp=78, hr=76, spo2=94, wt=102.0, bmi=32.2)
    c.note("2026-11-10", NOTE_PROGRESS, pcp, """
PACT PRIMARY CARE - INTERDISCIPLINARY REVIEW
60 y/o Gulf War veteran, polytrauma (moderate TBI 1991) followed by Polytrauma/TBI neurology; PTSD (psychiatry, PCT); T2DM with CKD 3a (nephrology e-consult 2025); COPD GOLD 2 (pulmonary); OSA on CPAP; bilateral SNHL with hearing aids (audiology); post-traumatic headache.
Sees 6 services; 11 active medications. Conditions stable this year (A1c 7.2, eGFR 55, no exacerbations). Memory problems make medication management hard; wife assists. Care coordination via PACT RN; consider Geriatric/complex care case management.
""", enc=e)


def c8_nm_va_four_conditions(c):
    """67-year-old veteran with four active chronic conditions (HTN, hyperlipidaemia, GERD, BPH) and resolved acute problems - not complex, nothing rare."""
    pcp, = V_setup(c, ["Frank", "Dale"], "Luebke", "male", "1959-09-14", "5909145", clinicians=((["Yolanda"], "Price", "Dr.", "MD, PACT Primary Care"),), era="Post-Vietnam")
    c.condition(cc((ICD, "I10", "Essential (primary) hypertension")), "2009-01-01")
    c.condition(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2009-01-01")
    c.condition(cc((ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2014-01-01")
    c.condition(cc((ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2019-01-01")
    c.condition(cc((ICD, "J18.9", "Pneumonia, unspecified organism")), "2024-01-10", clinical="resolved", abated="2024-02-01")
    c.condition(cc((ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), "2025-06-02", clinical="resolved", abated="2025-07-01")
    c.condition(cc((ICD, "K35.80", "Unspecified acute appendicitis")), "1998-01-01", clinical="resolved", abated="1998-01-10")
    for m, t, d in [("17767", "amlodipine", "10 mg daily"), ("83367", "atorvastatin", "20 mg daily"), ("7646", "omeprazole", "20 mg daily"), ("77492", "tamsulosin", "0.4 mg daily")]:
        c.medreq(cc((RX, m, t)), "2026-05-01", dosage=d, requester=pcp)
    for d, s, di in [("2026-05-05", 130, 78), ("2026-11-03", 128, 76)]:
        e = c.encounter(d, typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT primary care"), pract=pcp)
        c.vitals(d, e, sbp=s, dbp=di, hr=70, wt=86.0)
    c.obs(cc((LN, "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation")), "2026-11-03", 88, "mg/dL", high=100, interp="N")
    c.obs(cc((LN, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), "2026-11-03", 0.9, "mg/dL", low=0.7, high=1.3, interp="N")
    c.obs(cc((LN, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "2026-11-03", 1.9, "ng/mL", low=0, high=4.0, interp="N")
    c.note("2026-11-03", NOTE_PROGRESS, pcp, "PACT annual: HTN, lipids, GERD and BPH all well controlled. Immunizations updated (flu, COVID). Colonoscopy 2022 normal. RTC 6 months.")


def c8_nm_peds_osgood(c):
    """13-year-old basketball player with bilateral Osgood-Schlatter disease and allergic rhinitis; common condition despite eponymous name."""
    rp, (sm, pcp), _ = P_setup(c, ["Jayden", "Cole"], "Petersen", "male", "2013-05-19", "LCH5130519", ("Rebecca", "Petersen"),
                               payer=("Badger Family Health PPO", "Employer family PPO"),
                               clinicians=((["Marco"], "DeLuca", "Dr.", "MD, Pediatric Sports Medicine"), (["Hannah"], "Okafor", "Dr.", "MD, General Pediatrics")))
    osd = c.condition(cc((ICD, "M92.523", "Juvenile osteochondrosis of tibia tubercle, bilateral"), text="Osgood-Schlatter disease, bilateral"), "2026-09-08", asserter=sm)
    c.condition(cc((ICD, "J30.2", "Other seasonal allergic rhinitis")), "2020-04-01")
    c.condition(cc((ICD, "S60.011A", "Contusion of right thumb without damage to nail, initial encounter")), "2025-12-01", clinical="resolved", abated="2025-12-15")
    e = c.encounter("2026-09-08", typ=OFFICE_NEW, pract=sm, reason_ref=[osd])
    c.vitals("2026-09-08", e, wt=52.0, ht=168.0, hr=64, sbp=110, dbp=66)
    xr = c.obs(cc((CPT, "73562", "Radiologic examination, knee; 3 views"), text="XR knees bilateral"), "2026-09-08", cat="imaging", text_value="Fragmentation of tibial tubercle apophyses bilaterally, soft tissue swelling; otherwise normal.", interp="A")
    c.diagreport(cc((LN, "36572-5", "XR Knee Views")), "2026-09-08", [xr], cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), conclusion="Findings consistent with Osgood-Schlatter disease.")
    c.medstmt(cc((RX, "5640", "ibuprofen")), "active", start="2026-09-08", dosage="400 mg by mouth every 8 h as needed after practice", source=rp)
    c.medreq(cc((RX, "20610", "cetirizine")), "2026-04-01", dosage="10 mg daily", requester=pcp)
    c.servicereq(cc((CPT, "97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises")), "2026-09-08", status="completed", requester=sm, reason_ref=osd, note="Quad/hamstring flexibility program, 6 sessions.")
    e2 = c.encounter("2026-11-17", typ=OFFICE_EST3, pract=sm, reason_ref=[osd])
    c.obs(PAIN, "2026-09-08", 6, cat="survey", enc=e)
    c.obs(PAIN, "2026-11-17", 2, cat="survey", enc=e2)
    c.note("2026-11-17", NOTE_PROGRESS, sm, "Sports medicine: Osgood-Schlatter improving with PT and activity modification; back to full basketball with knee straps. Self-limiting; expect resolution with skeletal maturity. PRN follow-up.", enc=e2)
    c.obs(cc((LN, "59576-9", "Body mass index (BMI) [Percentile] Per age and sex")), "2026-09-08", 40, "%", cat="vital-signs")
