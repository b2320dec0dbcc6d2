from fhirgen import *
from orgs import ORGS
from cases_a import HTN, HLD, HASH, GERD, T2DM
from cases_b import E14, E13, N04, NRS, local_score


# ---------------- WORSENING_DESPITE_TREATMENT ----------------
def wd_pos_asthma(cid):
    c = Case(cid, ORGS["heartland"])
    c.setup("Jessica Lynn", "Amundsen", "female", "1988-02-09", "HRP-6627105", "5409 Leavenworth St", "Omaha", "NE", "68106",
            {"a": ("Raj", "Subramanian", "1386719402", "Pulmonology", "MD"), "b": ("Karen", "Schultz", "1962733105", "Internal Medicine", "MD")},
            "Blue Cross Blue Shield of Nebraska", "NEB55031877", "PPO|BluePride PPO", marital="M")
    c.allergy([(RX, "1191", "aspirin")], "Aspirin", "2016-01-01", "Bronchospasm", crit="high")
    ast = c.cond([(SCT, "195967001", "Asthma"), (ICD, "J45.50", "Severe persistent asthma, uncomplicated")], "2012-01-01", text="Severe persistent asthma")
    c.cond([(SCT, "40055000", "Chronic sinusitis"), (ICD, "J32.9", "Chronic sinusitis, unspecified")] if False else [(SCT, "61582004", "Allergic rhinitis"), (ICD, "J30.81", "Allergic rhinitis due to animal (cat) (dog) hair and dander")], "2005-01-01")
    c.cond([(SCT, "72892002", "Normal pregnancy"), (ICD, "Z34.90", "Encounter for supervision of normal pregnancy, unspecified, unspecified trimester")], "2019-01-01", status="resolved", abate="2019-09-15")
    c.med((RX, "389132", "budesonide / formoterol"), "budesonide 160 mcg / formoterol 4.5 mcg inhaler (Symbicort)", "2024-02-01", kind="statement", dose="2 puffs twice daily", reason_ref=ast)
    c.med((RX, "88249", "montelukast"), "montelukast 10 mg tablet", "2024-02-01", kind="statement", dose="10 mg at bedtime", reason_ref=ast)
    c.med((RX, "69120", "tiotropium"), "tiotropium 1.25 mcg/actuation soft mist inhaler", "2025-09-01", kind="statement", dose="2 inhalations once daily", reason_ref=ast)
    c.med((RX, "435", "albuterol"), "albuterol 90 mcg HFA", "2012-01-01", dose="2 puffs every 4-6 h prn")
    data = (("2026-05-06", 2.62, 0.74, 19, 0.31), ("2026-08-12", 2.31, 0.70, 15, 0.36), ("2026-11-04", 2.04, 0.66, 12, 0.38))
    for d, fev1, ratio, act, eos in data:
        e = c.enc(d, "Pulmonology follow-up", cpt=E14, reason="Severe asthma")
        c.vitals(d, 116, 74, 82, 70.0, e, spo2=97 if d < "2026-10" else 95)
        f = c.obs((LNC, "20150-9", "FEV1"), d, v=fev1, unit="L", cat="procedure", enc=e, low=2.70, interp="auto", local=("PFTFEV1", "FEV1 pre-bronchodilator"), text="FEV1 pre-bronchodilator")
        r = c.obs((LNC, "19926-5", "FEV1/FVC"), d, v=ratio * 100, unit="%", cat="procedure", enc=e, low=75.0, interp="auto")
        c.report(("81459-0", "Pulmonary function test panel") if False else None, d, [f, r], enc=e, cat="PF", text="Spirometry pre/post bronchodilator",
                 conclusion=f"FEV1 {fev1:.2f} L ({int(fev1 / 3.22 * 100)}% predicted), FEV1/FVC {int(ratio * 100)}%. Obstruction with significant bronchodilator response.")
        local_score(c, d, act, "ACT asthma control score (total)", "ACT", enc=e)
        c.lab("eos", d, eos, e)
    c.obs((LNC, "19113-0", "IgE [Units/volume] in Serum or Plasma"), "2026-08-12", v=212, unit="[IU]/mL", high=100)
    c.enc("2026-09-27", "Emergency department visit", cls="EMER", pr=None, cpt=("99284", "Emergency department visit, moderate"), reason="Asthma exacerbation")
    c.med((RX, "8640", "prednisone"), "prednisone 40 mg daily x 5 days", "2026-09-27", status="completed", dose="40 mg daily x 5 days", end="2026-10-02")
    c.note("2026-11-04", "progress", "Pulmonology follow-up", """
SEVERE ASTHMA CLINIC
38 y/o woman, severe persistent asthma on high-dose budesonide-formoterol, tiotropium and montelukast throughout 2026; inhaler
technique checked (good), pharmacy refill record 100%. Despite this: FEV1 2.62 L (05/06) -> 2.31 L (08/12) -> 2.04 L (11/04);
ACT 19 -> 15 -> 12; one ED visit and prednisone burst (09/27), nocturnal symptoms 3 nights/week.
Assessment: uncontrolled severe asthma, worsening over 6 months despite step 5 therapy.
Plan: start biologic (IgE 212, eos 380) - PA submitted; check for ABPA; CT chest; follow up 6 weeks.
""")
    return c


def wd_pos_odi(cid):
    c = Case(cid, ORGS["summit"])
    c.setup("Kyle Andrew", "Hutchins", "male", "1982-09-17", "SSP-277419", "4420 Austin Bluffs Pkwy", "Colorado Springs", "CO", "80918",
            {"a": ("Natalie", "Forsberg", "1144620385", "Pain Medicine / Anesthesiology", "MD"), "b": ("Tyler", "Brandt", "1255781196", "Physician Assistant", "PA-C")},
            "TRICARE West", "TRW00918273", "PRIME|TRICARE Prime")
    c.nkda("2025-09-09")
    fbss = c.cond([(ICD, "M96.1", "Postlaminectomy syndrome, not elsewhere classified")], "2025-09-09", text="Post-laminectomy syndrome after L5-S1 fusion (2024) with chronic bilateral leg pain")
    c.cond([(ICD, "Z79.891", "Long term (current) use of opiate analgesic")], "2025-09-09", text="Long-term opioid therapy (buprenorphine)")
    c.cond([(ICD, "G47.00", "Insomnia, unspecified")] if False else [(ICD, "F43.10", "Post-traumatic stress disorder, unspecified")], "2015-01-01", text="PTSD (followed by VA behavioral health)")
    c.cond([(ICD, "S42.001A", "Fracture of unspecified part of right clavicle, initial encounter for closed fracture")], "2010-05-01", text="Right clavicle fracture", status="resolved", abate="2010-08-01")
    c.med((RX, "1819", "buprenorphine"), "buprenorphine 300 mcg buccal film (Belbuca)", "2025-10-07", dose="300 mcg every 12 hours", reason_ref=fbss)
    c.med((RX, "187832", "pregabalin"), "pregabalin 150 mg capsule", "2025-10-07", dose="150 mg twice daily", reason_ref=fbss)
    c.med((RX, "7242", "naloxone"), "naloxone 4 mg nasal spray", "2025-10-07", dose="As directed for overdose")
    c.sr([(CPT, "97110", "Therapeutic exercise")], "Physical therapy / functional restoration 2x week", "active", "order", "2025-10-07", cat="therapy")
    c.note("2025-10-07", "plan", "Opioid treatment agreement", "Controlled substance agreement signed. Buprenorphine buccal chosen for safety. Random UDS. PDMP checked each visit. Naloxone prescribed.")
    data = (("2026-05-19", 5, 30), ("2026-08-11", 7, 44), ("2026-11-03", 8, 56))
    for d, nrs, odi in data:
        e = c.enc(d, "Pain management follow-up", cpt=E14, reason="Chronic back and leg pain", pr="a" if d != "2026-08-11" else "b")
        c.score(NRS, d, nrs, "Pain NRS (average past week)", enc=e)
        local_score(c, d, odi, "Oswestry Disability Index (ODI) percent score", "ODI", enc=e)
        c.vitals(d, 124, 78, 76, 90.0, e)
        c.obs((LNC, "3426-4", "Buprenorphine [Presence] in Urine"), d, vcc=cc((LNC, "LA6576-8", "Positive")), interp=None, enc=e, text="UDS buprenorphine (expected)")
    c.note("2026-11-03", "progress", "Pain follow-up", """
PAIN FOLLOW-UP
44 y/o Army veteran with post-laminectomy syndrome after L5-S1 fusion (2024). On buprenorphine buccal 300 mcg q12h and pregabalin
150 BID since 10/2025, PT twice weekly; adherent (UDS appropriate, PDMP clean, PT attendance 90%).
Pain average 5 -> 7 -> 8/10 (May -> Aug -> Nov); ODI 30% -> 44% -> 56%. Can no longer stand > 15 minutes; on modified duty.
Functional goals not met. Neuro exam: new mild L EHL weakness 4+/5.
Plan: CT myelogram to evaluate hardware/adjacent segment; discuss SCS trial candidacy; continue current regimen.
""")
    c.note("2026-05-19", "plan", "Functional goals", "Goals: walk dog 30 min, stand at work 1 h, lift 20 lb child. Baseline ODI 30%.")
    c.lab("cr", "2026-05-19", 0.98)
    return c


def wd_pos_easi(cid):
    c = Case(cid, ORGS["bayview"])
    c.setup("Jamal Isaiah", "Whitaker", "male", "1995-01-22", "BDA-239006", "1120 S 11th St", "Tacoma", "WA", "98405",
            {"a": ("Victor", "Ng", "1528391047", "Dermatology", "MD"), "b": ("Hollis", "Reyna", "1861935520", "Registered Nurse, infusion/injection", "RN")},
            "Premera Blue Cross", "PBC11092384", "PPO|Premera Heritage Prime", race=("2054-5", "Black or African American"), marital="S")
    c.nkda("2025-09-30")
    ad = c.cond([(ICD, "L20.89", "Other atopic dermatitis"), (SCT, "24079001", "Atopic dermatitis")], "1999-01-01", text="Atopic dermatitis, severe (adult)")
    c.cond([(ICD, "J45.20", "Mild intermittent asthma, uncomplicated")], "2003-01-01", text="Mild intermittent asthma")
    c.cond([(ICD, "L01.00", "Impetigo, unspecified")], "2024-07-01", text="Impetigo (secondary infection of eczema)", status="resolved", abate="2024-07-20")
    dup = c.med((RX, "1876376", "dupilumab"), "dupilumab 300 mg/2 mL prefilled pen", "2025-10-14", dose="600 mg SC loading, then 300 mg SC every 2 weeks", reason_ref=ad)
    c.medadmin((RX, "1876376", "dupilumab"), "dupilumab 300 mg/2 mL prefilled syringe", "2025-10-14", dose_text="600 mg SC (loading dose), injection teaching", route="Subcutaneous", pr="b", reason_ref=ad)
    c.med((RX, "10759", "triamcinolone"), "triamcinolone 0.1% ointment", "2024-01-01", dose="Twice daily to active areas")
    c.med((RX, "435", "albuterol"), "albuterol HFA 90 mcg", "2003-01-01", kind="statement", dose="prn")
    data = (("2026-05-27", 9.6, 4, 8), ("2026-08-19", 17.8, 7, 15), ("2026-11-11", 26.4, 9, 21))
    for d, easi, itch, poem in data:
        e = c.enc(d, "Dermatology follow-up", cpt=E14, reason="Atopic dermatitis on dupilumab")
        local_score(c, d, easi, "Eczema Area and Severity Index (EASI)", "EASI", enc=e, unit="{score}")
        local_score(c, d, itch, "Peak Pruritus NRS (past 24 h)", "PPNRS", enc=e)
        local_score(c, d, poem, "Patient-Oriented Eczema Measure (POEM)", "POEM", enc=e)
        c.obs((LNC, "18262-6", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay") if False else None, d,
              vstr="Patient-reported: all doses taken on schedule (pen log reviewed)", text="Dupilumab adherence", cat="survey", interp=None, enc=e)
    c.lab("ige", "2026-08-19", 4100, None)
    c.lab("eos", "2026-08-19", 0.9, None)
    c.obs(None, "2026-08-19", vstr="Staphylococcus aureus, methicillin-susceptible; heavy growth", text="Bacterial culture, skin (left antecubital)", interp="A", cat="laboratory")
    c.med((RX, "2231", "cephalexin"), "cephalexin 500 mg capsule", "2026-08-19", status="completed", dose="500 mg four times daily x 7 days", end="2026-08-26")
    c.note("2026-11-11", "progress", "Dermatology follow-up", """
AD FOLLOW-UP - dupilumab since 10/2025 (13 months)
Good initial response (EASI 28 -> 6 by 03/2026). Since spring progressive flare despite on-schedule dosing (pen log reviewed, no
missed doses) plus daily triamcinolone: EASI 9.6 (05/27) -> 17.8 (08/19) -> 26.4 today; itch 9/10, POEM 21; sleep 4 h/night.
MSSA superinfection treated in August. New conjunctivitis-free.
Assessment: secondary loss of response to dupilumab, severe AD.
Plan: switch to JAK inhibitor vs tralokinumab - discuss at next visit after labs; bleach baths; consider repeat biopsy to exclude
alternative diagnosis if no response.
""")
    return c


def wd_nm_a1c(cid):
    c = Case(cid, ORGS["tidewater"])
    c.setup("Anthony Ray", "Castellano", "male", "1967-07-28", "TMA-5520931", "1409 Granby St", "Norfolk", "VA", "23510",
            {"a": ("Jonathan", "Reyes", "1558430192", "Internal Medicine", "MD"), "b": ("Leah", "Whitcomb", "1275036118", "Certified Diabetes Care and Education Specialist", "RD")},
            "Optima Health", "OPT00718274", "HMO|Optima Health Vantage HMO")
    c.nkda("2018-01-01")
    dm = c.cond(T2DM, "2018-01-01")
    c.cond(HLD, "2018-01-01")
    c.cond([(SCT, "44465007", "Sprain of ankle"), (ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")], "2022-05-01", status="resolved", abate="2022-06-10")
    c.med((RX, "6809", "metformin"), "metformin ER 500 mg tablet", "2018-01-01", dose="1000 mg twice daily with meals", reason_ref=dm)
    c.med((RX, "1545653", "empagliflozin"), "empagliflozin 10 mg tablet", "2023-01-01", dose="10 mg daily", reason_ref=dm)
    c.med((RX, "83367", "atorvastatin"), "atorvastatin 20 mg tablet", "2018-01-01", dose="20 mg daily")
    for d, a1c, wt in (("2026-03-17", 7.1, 96.2), ("2026-07-14", 7.2, 96.8), ("2026-11-10", 7.4, 97.5)):
        e = c.enc(d, "Office visit", cpt=E14, reason="Diabetes follow-up")
        c.vitals(d, 126, 78, 72, wt, e)
        c.lab("a1c", d, a1c, e)
        if d == "2026-11-10":
            c.panel("bmp", d, e, over={"glu": 148, "egfr": 88, "cr": 0.94})
            c.obs((LNC, "9318-7", "Albumin/Creatinine [Mass Ratio] in Urine"), d, v=12, unit="mg/g", ucum="mg/g", high=30, enc=e)
    c.enc("2026-08-05", "Diabetes education", pr="b", cpt=("G0108", "Diabetes outpatient self-management training services, individual, per 30 minutes") if False else None, reason="DSMES")
    c.note("2026-11-10", "progress", "Diabetes follow-up", """
T2DM follow-up. HbA1c 7.1 -> 7.2 -> 7.4 over 8 months on metformin 2 g + empagliflozin 10 mg. Holiday eating, less walking since
knee soreness. No hypoglycemia. eGFR 88, UACR 12. Foot exam normal.
A/P: diabetes near goal (< 7.5 individualized per patient preference). Reinforced diet/activity; diabetes educator follow-up.
Consider GLP-1 RA if A1c > 7.5 next visit. Eye exam due.
""")
    c.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-05")
    return c


def wd_nm_phq(cid):
    c = Case(cid, ORGS["lakeshore"])
    c.setup("Rachel Ann", "Nowicki", "female", "1992-12-03", "LHP-5582049", "820 Judson Ave", "Evanston", "IL", "60202",
            {"a": ("Samuel", "Ibarra", "1396028471", "Psychiatry", "MD"), "b": ("Naomi", "Brightwater", "1841509376", "Internal Medicine", "MD")},
            "Blue Cross Blue Shield of Illinois", "XOF551902837", "PPO|BCBSIL Blue Choice PPO", marital="S")
    c.nkda("2020-01-01")
    mdd = c.cond([(SCT, "370143000", "Major depressive disorder"), (ICD, "F33.1", "Major depressive disorder, recurrent, moderate")], "2019-04-01")
    c.cond([(SCT, "197480006", "Anxiety disorder"), (ICD, "F41.1", "Generalized anxiety disorder")], "2019-04-01")
    c.cond([(SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N30.00", "Acute cystitis without hematuria")], "2025-08-01", status="resolved", abate="2025-08-10")
    c.med((RX, "36437", "sertraline"), "sertraline 100 mg tablet", "2024-10-01", kind="statement", status="stopped", end="2026-06-01", reason_ref=mdd,
          dose="100 mg daily", note="Patient self-discontinued ~06/01/2026 because of sexual side effects; did not inform clinic until 11/2026.")
    data = (("2026-05-20", 8, 6), ("2026-08-12", 14, 11), ("2026-11-10", 19, 15))
    for d, phq, gad in data:
        e = c.enc(d, "Psychiatry medication management", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes") if d != "2026-08-12" else ("99213", "Office or other outpatient visit, established patient, 20 minutes"),
                  cls="VR" if d == "2026-08-12" else "AMB", reason="Depression follow-up")
        c.score((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), d, phq, "PHQ-9 total score", enc=e)
        c.score((LNC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), d, gad, "GAD-7 total score", enc=e)
    c.obs((LNC, "93373-9", "Suicide risk [Score] Columbia-Suicide Severity Rating Scale Screener") if False else None, "2026-11-10", vstr="C-SSRS screen: negative (no ideation, no behavior)", text="Columbia Suicide Severity Rating Scale - screener", cat="survey", interp="N")
    c.med((RX, "42347", "bupropion"), "bupropion XL 150 mg tablet", "2026-11-10", dose="150 mg every morning; increase to 300 mg after 2 weeks", reason_ref=mdd)
    c.sr([(CPT, "90837", "Psychotherapy, 60 minutes with patient")], "Individual psychotherapy (CBT) weekly", "active", "order", "2026-11-10", cat="counsel", reason_ref=[mdd])
    c.note("2026-08-12", "progress", "Video visit", "Reports low mood, poor sleep since early summer; PHQ-9 14. States she is 'taking everything'. Work stress. Continue sertraline 100 mg, sleep hygiene, return 3 months; call sooner if worse.")
    c.note("2026-11-10", "progress", "Psychiatry follow-up", """
PSYCHIATRY MED MANAGEMENT
34 y/o woman with recurrent MDD and GAD. Today discloses she stopped sertraline around June 1 because of sexual side effects and
did not want to bring it up at the August video visit. Since then progressive low mood, anhedonia, insomnia: PHQ-9 8 (May, on
sertraline) -> 14 (Aug, off) -> 19 (Nov, off). C-SSRS negative. No mania history.
A: MDD, recurrent, moderately severe relapse after self-discontinuation of SSRI.
P: Start bupropion XL 150 -> 300 mg (fewer sexual side effects). CBT referral. Safety plan reviewed. Return 4 weeks.
""")
    c.panel("cbc", "2026-11-10")
    c.lab("tsh", "2026-11-10", 2.1)
    return c


# ---------------- RARE_OR_COMPLEX_CONDITION ----------------
def rc_pos_hae(cid):
    c = Case(cid, ORGS["prairie"])
    c.setup("Madison Claire", "Vogel", "female", "1999-03-27", "PSA-155208", "3650 N Ridge Rd", "Wichita", "KS", "67205",
            {"a": ("Omar", "Haddad", "1326158497", "Allergy and Immunology", "MD"), "b": ("Tess", "Albrecht", "1548273960", "Infusion Nurse", "RN")},
            "Blue Cross and Blue Shield of Kansas", "KSB771920384", "PPO|BlueChoice PPO", marital="S")
    c.allergy([(RX, "29046", "lisinopril")] if False else [(SCT, "256259004", "Pollen")], "Grass pollen", "2010-01-01", "Rhinitis", cat="environment")
    hae = c.cond([(ICD, "D84.1", "Defects in the complement system"), (SCT, "82966003", "Hereditary angioedema")], "2016-05-01", text="Hereditary angioedema type I (C1-inhibitor deficiency)",
                 note="Diagnosed age 17 after recurrent abdominal attacks and laryngeal swelling; father and paternal aunt affected. SERPING1 pathogenic variant.")
    c.cond([(ICD, "J30.1", "Allergic rhinitis due to pollen")], "2010-01-01", text="Seasonal allergic rhinitis")
    c.cond([(ICD, "K35.80", "Unspecified acute appendicitis")], "2013-04-01", text="Appendectomy 2013 (in retrospect possibly HAE abdominal attack)", status="resolved", abate="2013-05-01")
    for k, v in (("c4", 6), ("c3", 118)):
        c.lab(k, "2026-04-14", v)
    c.obs((LNC, "4477-6", "Complement C1 esterase inhibitor [Mass/volume] in Serum or Plasma"), "2026-04-14", v=7, unit="mg/dL", low=21, high=39, local=("C1INHAG", "C1-INH antigenic"))
    c.obs(None, "2026-04-14", v=19, unit="%", low=68, text="Complement C1 esterase inhibitor functional/normal [Relative] in Serum or Plasma", local=("C1INHFN", "C1-INH functional"))
    c.med((RX, "2058866", "lanadelumab"), "lanadelumab-flyo 300 mg/2 mL prefilled syringe (Takhzyro)", "2024-09-01", hcpcs=("J0593", "Injection, lanadelumab-flyo, 1 mg"), dose="300 mg SC every 2 weeks", reason_ref=hae)
    c.med((RX, "720824", "icatibant"), "icatibant 30 mg/3 mL prefilled syringe (Firazyr)", "2018-01-01", dose="30 mg SC at onset of attack; may repeat in 6 h", reason_ref=hae)
    for d in ("2026-09-01", "2026-09-15", "2026-09-29", "2026-10-13", "2026-10-27", "2026-11-10", "2026-11-24"):
        pass
    for d in ("2026-10-13", "2026-11-10"):
        e = c.enc(d, "Infusion center - injection visit", pr="b", cpt=("96372", "Therapeutic, prophylactic, or diagnostic injection; subcutaneous or intramuscular"), reason="HAE prophylaxis")
        c.medadmin((RX, "2058866", "lanadelumab"), "lanadelumab-flyo 300 mg/2 mL", d, enc=e, hcpcs=("J0593", "Injection, lanadelumab-flyo, 1 mg"), dose_text="300 mg SC abdomen", route="Subcutaneous", pr="b", reason_ref=hae)
    e = c.enc("2026-11-10", "Allergy/immunology follow-up", cpt=E14, reason="Hereditary angioedema")
    c.vitals("2026-11-10", 110, 68, 70, 59.0, e)
    local_score(c, "2026-11-10", 3, "Angioedema attacks in last 6 months (count)", "HAE-ATT", enc=e)
    local_score(c, "2026-11-10", 12, "Angioedema Quality of Life (AE-QoL) total score", "AEQOL", enc=e)
    c.med((RX, "20610", "cetirizine"), "cetirizine 10 mg", "2010-01-01", kind="statement", dose="10 mg daily in season")
    c.note("2026-11-10", "progress", "Allergy/immunology follow-up", """
HAE TYPE I FOLLOW-UP
27 y/o woman, HAE-C1INH (C4 6, C1-INH antigen 7 mg/dL, function 19%), on lanadelumab 300 mg q2w since 09/2024 with attack rate
down from ~3/month to 3 in 6 months (2 peripheral, 1 abdominal; treated with icatibant). No laryngeal attacks. AE-QoL 12.
Contraception: copper IUD (estrogens avoided). Discussed pregnancy planning - would switch to plasma-derived C1-INH.
Plan: continue lanadelumab; 2 doses icatibant on hand; emergency letter updated; screen sister (age 15).
""", enc=e)
    return c


def rc_pos_complex(cid):
    c = Case(cid, ORGS["sierra"])
    c.setup("Rosa Maria", "Ibarra", "female", "1957-10-11", "SV1988304", "4417 E Tulare Ave", "Fresno", "CA", "93702",
            {"a": ("Kevin", "Nakamura", "1275540129", "Family Medicine", "MD"), "b": ("Helen", "Park", "1629304758", "Pulmonology", "MD"),
             "c": ("Arturo", "Salinas", "1730621948", "Nephrology", "MD"), "d": ("Deborah", "Whitlock", "1841732059", "Rheumatology", "MD")},
            "Medicare Advantage - Health Net", "HNT009182774", "HMO|Health Net Seniority Plus", lang="es-US", marital="W")
    c.allergy([(RX, "7980", "penicillin G")], "Penicillin", "1990-01-01", "Hives")
    dm = c.cond([(SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")], "2005-01-01")
    ckd = c.cond([(SCT, "700379002", "Chronic kidney disease stage 3B"), (ICD, "N18.32", "Chronic kidney disease, stage 3b")], "2021-06-01", pr="c")
    hf = c.cond([(SCT, "84114007", "Heart failure"), (ICD, "I50.32", "Chronic diastolic (congestive) heart failure")], "2022-03-01", text="Heart failure with preserved ejection fraction")
    copd = c.cond([(SCT, "87433001", "Pulmonary emphysema"), (ICD, "J43.2", "Centrilobular emphysema")], "2018-01-01", pr="b", text="COPD - centrilobular emphysema (GOLD 2)")
    ra = c.cond([(SCT, "69896004", "Rheumatoid arthritis"), (ICD, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement")], "2011-01-01", pr="d")
    c.cond([(SCT, "64859006", "Osteoporosis"), (ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")], "2019-01-01")
    c.cond([(SCT, "233604007", "Pneumonia"), (ICD, "J18.9", "Pneumonia, unspecified organism")], "2024-12-01", status="resolved", abate="2025-01-10")
    for d, a1c, egfr in (("2026-04-21", 7.3, 39), ("2026-08-18", 7.2, 38), ("2026-11-17", 7.2, 39)):
        e = c.enc(d, "Primary care chronic care visit", cpt=E14, reason="Chronic disease management")
        c.vitals(d, 132, 74, 76, 74.0, e, spo2=94)
        c.lab("a1c", d, a1c, e)
        c.lab("egfr", d, egfr, e)
    c.lab("ntbnp", "2026-08-18", 380)
    e2 = c.enc("2026-09-09", "Pulmonology visit", pr="b", cpt=E13, reason="COPD")
    c.obs((LNC, "20150-9", "FEV1"), "2026-09-09", v=1.28, unit="L", cat="procedure", interp=None, enc=e2, note="62% predicted, stable vs 2025")
    c.enc("2026-10-06", "Rheumatology visit", pr="d", cpt=E13, reason="Rheumatoid arthritis")
    c.enc("2026-07-14", "Nephrology visit", pr="c", cpt=E13, reason="CKD 3b")
    for rx, txt, dose, rr in (((RX, "274783", "insulin glargine"), "insulin glargine 100 units/mL", "14 units at bedtime", dm),
                              ((RX, "1488564", "dapagliflozin"), "dapagliflozin 10 mg tablet", "10 mg daily", ckd),
                              ((RX, "4603", "furosemide"), "furosemide 20 mg tablet", "20 mg daily", hf),
                              ((RX, "69120", "tiotropium"), "tiotropium 18 mcg inhalation capsule", "1 capsule inhaled daily", copd),
                              ((RX, "5521", "hydroxychloroquine"), "hydroxychloroquine 200 mg tablet", "200 mg daily", ra),
                              ((RX, "8640", "prednisone"), "prednisone 5 mg tablet", "5 mg daily", ra),
                              ((RX, "46041", "alendronate"), "alendronate 70 mg tablet", "70 mg weekly", None)):
        c.med(rx, txt, "2024-01-01", dose=dose, reason_ref=rr)
    c.note("2026-11-17", "progress", "Chronic care visit", """
CHRONIC CARE VISIT (Spanish interpreter)
69 y/o woman with T2DM with CKD 3b (nephrology), HFpEF, COPD/emphysema (pulmonology), seropositive RA (rheumatology) on
hydroxychloroquine + low-dose prednisone, osteoporosis. 11 active medications; sees 4 specialists. Stable today: A1c 7.2, eGFR 39,
no HF decompensation this year, no COPD exacerbation since 01/2025.
Care coordination: medication reconciliation done; steroid-sparing RA options limited by CKD and infection history. Flu and
pneumococcal vaccines up to date. Return 3 months.
""")
    return c


def rc_pos_heds(cid):
    c = Case(cid, ORGS["riverbend"])
    c.setup("Chloe Elise", "Hartman", "female", "2002-06-08", "RB0060341", "114 Wyoming St", "Dayton", "OH", "45409",
            {"a": ("Priya", "Raman", "1659384021", "Physical Medicine and Rehabilitation", "MD"), "b": ("Allison", "Crane", "1962843160", "Physical Therapist", "DPT")},
            "Medical Mutual of Ohio", "MMO55019283", "PPO|SuperMed Plus PPO", marital="S")
    c.nkda("2025-01-14")
    eds = c.cond([(ICD, "Q79.62", "Hypermobile Ehlers-Danlos syndrome")], "2025-01-14", text="Hypermobile Ehlers-Danlos syndrome (hEDS), 2017 criteria met - genetics 01/2025",
                 note="Beighton 8/9. Recurrent shoulder and patellar subluxations. Family history: mother with similar features.")
    c.cond([(ICD, "M25.311", "Other instability, right shoulder")], "2024-03-01", text="Recurrent right shoulder subluxation")
    c.cond([(ICD, "F41.1", "Generalized anxiety disorder")], "2019-01-01", text="Anxiety")
    c.cond([(ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")], "2023-10-01", text="Right ankle sprain", status="resolved", abate="2023-12-01")
    e0 = c.enc("2025-01-14", "Clinical genetics consultation (outside)", pr=None, cpt=N04, reason="Joint hypermobility")
    c.note("2025-01-14", "consult", "Genetics consultation (outside record)", "Clinical diagnosis of hypermobile EDS (2017 international criteria A, B, C met). Vascular and classical EDS excluded by connective tissue gene panel (COL3A1, COL5A1, COL5A2 negative). Echo: normal aortic root.", enc=e0)
    local_score(c, "2025-01-14", 8, "Beighton hypermobility score (0-9)", "BEIGHTON", enc=e0)
    for d, nrs in (("2026-05-05", 5), ("2026-08-04", 5), ("2026-11-03", 4)):
        e = c.enc(d, "PM&R follow-up", cpt=E14, reason="hEDS - joint pain and instability")
        c.score(NRS, d, nrs, "Pain NRS", enc=e)
        c.vitals(d, 104, 66, 78, 57.0, e)
    c.sr([(CPT, "97110", "Therapeutic exercise")], "Physical therapy - joint stabilization, proprioception, closed-chain strengthening (hypermobility protocol)", "active", "order", "2026-05-05", cat="therapy", performer="b", reason_ref=[eds])
    for d in ("2026-06-02", "2026-07-07", "2026-09-15"):
        c.enc(d, "Physical therapy", pr="b", cpt=("97110", "Therapeutic exercise"), reason="hEDS")
    c.med((RX, "161", "acetaminophen"), "acetaminophen 500 mg tablet", "2025-01-14", dose="1000 mg up to three times daily prn")
    c.med((RX, "5640", "ibuprofen") if False else (RX, "6387", "lidocaine"), "lidocaine 4% topical patch", "2025-06-01", dose="Apply to shoulder up to 12 h/day")
    c.med(None, "Right shoulder stabilizing brace; silver ring splints digits 2-3 bilaterally", "2025-06-01", kind="statement", dose="During activity")
    c.med((RX, "72625", "duloxetine"), "duloxetine 30 mg capsule", "2025-09-01", dose="30 mg daily")
    c.note("2026-11-03", "progress", "PM&R follow-up", """
PM&R - hEDS follow-up. 24 y/o graduate student. Shoulder subluxations down from weekly to ~1/month with PT stabilization program
and bracing. Pain 4/10. Fatigue moderate. Orthostatic intolerance screen: HR rise 18 bpm (below POTS threshold).
Plan: continue PT HEP, ring splints, duloxetine 30 mg; pacing; return 3 months. Orthopedic stabilization surgery not advised in hEDS
unless failure of conservative care.
""")
    return c


def rc_nm_four(cid):
    c = Case(cid, ORGS["tidewater"])
    c.setup("Lorraine Denise", "Whitfield", "female", "1971-02-14", "TMA-3309128", "7612 Granby St", "Norfolk", "VA", "23505",
            {"a": ("Jonathan", "Reyes", "1558430192", "Internal Medicine", "MD"), "b": ("Oliver", "Grant", "1063728491", "Gastroenterology", "MD")},
            "Sentara Health Plans", "SHP44018273", "PPO|Sentara Vantage PPO", race=("2054-5", "Black or African American"))
    c.allergy([(RX, "733", "ampicillin")] if False else [(RX, "2551", "ciprofloxacin")], "Ciprofloxacin", "2017-01-01", "Rash")
    c.cond(HTN, "2012-01-01")
    c.cond(HLD, "2014-01-01")
    c.cond(HASH, "2009-01-01")
    c.cond(GERD, "2020-01-01")
    c.cond([(SCT, "11687002", "Gestational diabetes mellitus"), (ICD, "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control")], "2003-04-01", status="resolved", abate="2003-09-01")
    c.cond([(SCT, "16114001", "Fracture of ankle"), (ICD, "S82.51XA", "Displaced fracture of medial malleolus of right tibia, initial encounter for closed fracture")], "2021-01-20", status="resolved", abate="2021-04-15")
    c.cond([(SCT, "233604007", "Pneumonia"), (ICD, "J18.9", "Pneumonia, unspecified organism")], "2024-02-03", status="resolved", abate="2024-02-25")
    c.cond([(SCT, "68496003", "Polyp of colon"), (ICD, "K63.5", "Polyp of colon")], "2021-08-01", status="resolved", abate="2021-08-01", note="Tubular adenoma x1 removed; surveillance colonoscopy 2028.")
    for d in ("2026-05-12", "2026-11-10"):
        e = c.enc(d, "Office visit", cpt=E14, reason="Chronic disease follow-up")
        c.vitals(d, 128 if d > "2026-06" else 134, 80, 72, 80.5, e)
    c.panel("bmp", "2026-05-12")
    c.panel("lipid", "2026-05-12", over={"ldl": 92})
    c.lab("tsh", "2026-05-12", 2.4)
    c.lab("a1c", "2026-05-12", 5.6)
    c.med((RX, "29046", "lisinopril"), "lisinopril 10 mg tablet", "2012-01-01", dose="10 mg daily")
    c.med((RX, "83367", "atorvastatin"), "atorvastatin 40 mg tablet", "2014-01-01", dose="40 mg daily")
    c.med((RX, "10582", "levothyroxine"), "levothyroxine 100 mcg tablet", "2009-01-01", dose="100 mcg daily")
    c.med((RX, "40790", "pantoprazole"), "pantoprazole 40 mg tablet", "2020-01-01", dose="40 mg daily")
    c.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-12")
    c.imm("187", "Zoster vaccine recombinant", "2025-03-01")
    c.note("2026-11-10", "progress", "Office visit", """
55 y/o woman: HTN, hyperlipidemia, Hashimoto hypothyroidism, GERD - all well controlled. BP 128/80. LDL 92. TSH 2.4.
Past: GDM 2003, R ankle ORIF 2021 (healed), CAP 2024 (resolved), tubular adenoma 2021 (surveillance 2028).
Plan: continue current medications; mammogram due 01/2027; return 6 months.
""")
    return c


def rc_nm_kawasaki(cid):
    c = Case(cid, ORGS["bayview"])
    c.setup("Lily Mae", "Nakagawa", "female", "2009-05-30", "BDA-250117", "4805 N Baltimore St", "Tacoma", "WA", "98407",
            {"a": ("Elena", "Marchetti", "1386620157", "Allergy and Immunology", "MD"), "b": ("Victor", "Ng", "1528391047", "Dermatology", "MD")},
            "Premera Blue Cross", "PBC33018274", "PPO|Premera Heritage Plus (parent subscriber)", marital="S", race=("2028-9", "Asian"))
    c.nkda("2012-03-01")
    c.cond([(ICD, "M30.3", "Mucocutaneous lymph node syndrome [Kawasaki]"), (SCT, "75053002", "Acute febrile mucocutaneous lymph node syndrome")], "2012-03-01",
           text="Kawasaki disease (age 2), treated with IVIG; no coronary aneurysm", status="resolved", abate="2012-05-01",
           note="Echo at 2 wk, 6 wk and 1 yr normal; discharged from cardiology 2013.")
    ar = c.cond([(ICD, "J30.2", "Other seasonal allergic rhinitis"), (SCT, "367498001", "Seasonal allergic rhinitis")], "2019-04-01", text="Seasonal allergic rhinitis (grass, alder)")
    acne = c.cond([(ICD, "L70.0", "Acne vulgaris"), (SCT, "88616000", "Acne vulgaris")], "2023-01-01")
    e1 = c.enc("2026-04-14", "Allergy visit", cpt=N04, reason="Spring nasal symptoms")
    c.proc([(CPT, "95004", "Percutaneous tests (scratch, puncture, prick) with allergenic extracts, immediate type reaction, including interpretation and report, specify number of tests")],
           "Skin prick testing, environmental panel (40 allergens)", "completed", "2026-04-14", enc=e1, outcome="Positive: timothy grass 8 mm, red alder 6 mm. Negative: dust mite, cat, dog, molds.")
    c.med((RX, "41126", "fluticasone"), "fluticasone propionate 50 mcg/spray nasal spray", "2026-04-14", dose="2 sprays each nostril daily Mar-Jul", reason_ref=ar)
    c.med((RX, "20610", "cetirizine"), "cetirizine 10 mg tablet", "2026-04-14", dose="10 mg daily as needed")
    e2 = c.enc("2026-09-22", "Dermatology visit", pr="b", cpt=N04, reason="Acne")
    c.med((RX, "1365419", "adapalene / benzoyl peroxide") if False else (RX, "2606", "clindamycin"), "clindamycin 1% / benzoyl peroxide 5% gel", "2026-09-22", pr="b", dose="Apply to face nightly", reason_ref=acne)
    c.med((RX, "11", "adapalene") if False else (RX, "20302", "adapalene"), "adapalene 0.1% gel", "2026-09-22", pr="b", dose="Apply pea-size to face at bedtime", reason_ref=acne)
    e3 = c.enc("2026-11-17", "Dermatology follow-up", pr="b", cpt=E13, reason="Acne follow-up")
    c.vitals("2026-11-17", 108, 66, 74, 54.0, e3)
    c.note("2026-09-22", "progress", "Dermatology new patient", "17 y/o with mild-moderate comedonal and inflammatory acne (forehead, cheeks), no scarring. Start adapalene nightly + clindamycin/BPO. PMH: Kawasaki disease at age 2 treated with IVIG, normal echoes, no ongoing cardiology follow-up; seasonal allergic rhinitis.", enc=e2, pr="b")
    c.note("2026-11-17", "progress", "Dermatology follow-up", "Acne ~50% improved, mild dryness. Continue regimen; moisturizer. Return 3 months.", enc=e3, pr="b")
    c.note("2026-04-14", "consult", "Allergy consultation", "Spring rhinoconjunctivitis. SPT positive to grass and alder. Intranasal steroid + cetirizine; allergen immunotherapy discussed if inadequate control. Kawasaki history noted - resolved, no sequelae.", enc=e1)
    c.imm("62", "HPV, quadrivalent", "2021-06-01")
    c.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-01")
    return c
