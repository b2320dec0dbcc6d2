from fhirlib import *
from sites import SITES


def roc_p1(cid):
    """52M acromegaly from GH-secreting pituitary macroadenoma, post-resection, on octreotide LAR (IGF-1 improving)."""
    r = Rec(cid, SITES["greatplains"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Tyler", "Bergstrom", npi="1154093826", gender="male")
    endo = r.practitioner("Mei-Ling", "Chou", npi="1386029475", gender="female")
    nsg = r.practitioner("Gordon", "Falk", npi="1790284653", gender="male")
    r.patient("Scott Douglas", "Reinhardt", "male", "1974-03-11", "GP00882041", "611 S Rock Rd", "Wichita", "KS", "67207", "316-555-0103", gp=pcp, marital=("M", "Married"))
    r.coverage("Aetna", "Aetna Open Access Select", "W883019275")
    acro = r.condition("Acromegaly", icd=("E22.0", "Acromegaly and pituitary gigantism"), sct=("74107003", "Acromegaly"), onset="2022-01-01", recorded="2025-08-19",
                       note="Diagnosed 08/2025 (IGF-1 3.1x ULN, GH nadir 4.2 ng/mL on OGTT). Symptoms (acral growth, jaw changes) for several years.")
    adn = r.condition("GH-secreting pituitary macroadenoma, residual in right cavernous sinus", icd=("D35.2", "Benign neoplasm of pituitary gland"),
                      local=(L, "PL-PITMAC", "Pituitary macroadenoma"), onset="2025-08-19", recorded="2025-08-25")
    osa = r.condition("Obstructive sleep apnea", icd=("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), sct=("78275009", "Obstructive sleep apnea syndrome"),
                      onset="2021-01-01", recorded="2021-04-02")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2019-01-01", recorded="2019-07-15")
    r.condition("Carpal tunnel syndrome, bilateral", icd=("G56.03", "Carpal tunnel syndrome, bilateral upper limbs"), sct=("57406009", "Carpal tunnel syndrome"),
                onset="2024-06-01", clinical="resolved", abate="2026-03-01", recorded="2024-06-20", note="Resolved after GH control.")
    r.procedure("Endoscopic endonasal transsphenoidal resection of pituitary adenoma", [(CPT, "62165", "Neuroendoscopy, intracranial; with excision of pituitary tumor, transnasal or trans-sphenoidal approach")],
                date="2025-10-21T07:30:00-05:00", reasons=[adn], performer=nsg, outcome="Gross total resection of sellar component; residual right cavernous sinus tumor (Knosp 3).")
    r.med("Octreotide 30 MG long-acting release injectable suspension", hcpcs=("J2353", "Injection, octreotide, depot form for intramuscular injection, 1 mg"),
          authored="2026-01-13T10:00:00-06:00", dose="30 mg IM every 4 weeks", reasons=[acro], requester=endo)
    for d, igf, gh in (("2026-02-10", 468, 2.9), ("2026-06-09", 352, 1.8), ("2026-10-13", 298, 1.3)):
        e = r.encounter(d, "AMB", "Endocrinology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[acro], prac=endo)
        r.report((L, "LAB-GHAXIS", "GH axis"), d, [
            dict(code=("2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma"), value=igf, unit="ng/mL", low=71, high=230),
            dict(code=("2963-7", "Somatotropin [Mass/volume] in Serum or Plasma"), value=gh, unit="ng/mL", low=0, high=1.0)], enc=e)
    r.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 5.9, "%", "2026-10-13", low=4.0, high=5.6, enc=e)
    r.vitals("2026-10-13", e, sbp=134, dbp=84, hr=70, wt=104.2, ht=188.0)
    r.report((L, "IMG-MRPIT", "MR pituitary/sella with and without contrast"), "2026-09-22", [
        dict(code=(L, "IMG-MRPIT", "MR pituitary/sella with and without contrast"), cat="imaging", vstr="Postoperative sella. Stable 9 mm residual enhancing tissue in right cavernous sinus. Optic chiasm free.", interp="A")],
        cat=("RAD", "Radiology"), conclusion="Stable residual adenoma in right cavernous sinus.")
    r.note("""Endocrinology 10/13/2026. Acromegaly from GH-secreting macroadenoma, s/p transsphenoidal resection 10/2025 with residual cavernous sinus
tumor. On octreotide LAR 30 mg since 01/2026: IGF-1 468 -> 352 -> 298 ng/mL (ULN 230), improving but not yet normal. Carpal tunnel
symptoms resolved; CPAP adherent. Plan: continue octreotide; if IGF-1 not normalized in 3 months consider adding pegvisomant. Pituitary
function otherwise intact (AM cortisol, TSH/free T4, testosterone normal). Colonoscopy due 2027. Echo 09/2026 normal.""", "2026-10-13", author=endo, enc=e)
    r.med("Lisinopril 20 MG Oral Tablet", authored="2026-01-13T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.obs((L, "CPAP-ADH", "CPAP adherence, % nights >= 4 h"), 88, "%", "2026-10-13", cat="procedure", enc=e, interp=None)
    return r


def roc_p2(cid):
    """58F primary biliary cholangitis on ursodiol, incomplete biochemical response."""
    r = Rec(cid, SITES["frontrange"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Kristin", "Albers", npi="1225093847", gender="female")
    hep = r.practitioner("Tomas", "Ibarra", npi="1407293856", gender="male")
    r.patient("Janet Louise", "Sorensen", "female", "1968-11-04", "FR2039185", "2250 S Parker Rd Apt 12", "Aurora", "CO", "80014", "720-555-0189", gp=pcp,
              marital=("M", "Married"))
    r.coverage("Cigna", "Cigna Open Access Plus", "U20391847-01")
    pbc = r.condition("Primary biliary cholangitis", icd=("K74.3", "Primary biliary cirrhosis"), sct=("31712002", "Primary biliary cholangitis"),
                      onset="2024-02-01", recorded="2024-03-05", note="AMA-M2 positive; liver biopsy not required. Fibroscan 7.8 kPa (07/2026).")
    hypo = r.condition("Hypothyroidism due to Hashimoto thyroiditis", icd=("E06.3", "Autoimmune thyroiditis"), sct=("21983002", "Hashimoto thyroiditis"),
                       onset="2012-01-01", recorded="2014-01-10")
    r.condition("Osteopenia", sct=("312894000", "Osteopenia"), onset="2025-01-01", recorded="2025-02-11", note="DXA T-score -1.6 femoral neck.")
    r.condition("Urinary tract infection", icd=("N39.0", "Urinary tract infection, site not specified"), sct=("68566005", "Urinary tract infectious disease"),
                onset="2025-09-02", clinical="resolved", abate="2025-09-12", recorded="2025-09-02")
    r.obs((L, "LAB-AMA", "Antimitochondrial antibody titer"), date="2024-02-20",
          vstr="1:640", interp="A", rr_text="< 1:20")
    r.med("Ursodiol 300 MG Oral Capsule", authored="2024-03-05T10:00:00-07:00", dose="2 capsules (600 mg) in morning and 1 capsule (300 mg) in evening (13-15 mg/kg/day)", reasons=[pbc], requester=hep)
    for d, alp, tb, alt in (("2025-06-17", 312, 0.8, 58), ("2026-01-20", 248, 0.7, 44), ("2026-07-14", 221, 0.7, 41)):
        e = r.encounter(d, "AMB", "Hepatology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[pbc], prac=hep)
        r.report(("24325-3", "Hepatic function 2000 panel - Serum or Plasma"), d, hepatic(alt=alt, alp=alp, tbil=tb, short=True), enc=e)
    r.obs((L, "FIBROSCAN-LSM", "Liver stiffness (vibration-controlled transient elastography)"), 7.8, "kPa", "2026-07-14", cat="procedure", enc=e, low=None, high=7.0)
    r.note("""Hepatology 07/14/2026. PBC on ursodiol 13-15 mg/kg since 03/2024. ALP 312 -> 248 -> 221 U/L (2.1x ULN), bilirubin normal; pruritus mild,
fatigue moderate. Incomplete response by Paris II/Toronto criteria. Plan: discuss second-line therapy (PPAR agonist); repeat labs 3 months;
DXA 2027; HCC/varices screening not indicated at current stiffness.""", "2026-07-14", author=hep, enc=e)
    e2 = r.encounter("2026-09-15", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[hypo], prac=pcp)
    r.vitals("2026-09-15", e2, sbp=122, dbp=74, hr=68, wt=63.9, ht=167.6)
    r.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), 1.9, "m[IU]/L", "2026-09-15", low=0.45, high=4.5, enc=e2)
    r.report(("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "2026-09-15", lipids(238, 132, 78, 110), enc=e2)
    r.note("""PCP 09/15/2026. Hashimoto hypothyroidism stable on levothyroxine. PBC followed by hepatology. Lipids elevated with high HDL, typical of PBC.""",
           "2026-09-15", author=pcp, enc=e2)
    r.med("Levothyroxine Sodium 0.088 MG Oral Tablet", authored="2026-01-20T09:00:00-07:00", dose="1 tablet daily", reasons=[hypo], requester=pcp)
    r.med("Cholestyramine 4 GM powder packet", authored="2026-07-14T10:00:00-06:00", dose="1 packet daily, 4 h apart from ursodiol, as needed for itch", reasons=[pbc], requester=hep)
    return r


def roc_p3(cid):
    """69F with six active chronic conditions managed by five specialties (endocrine, nephrology, cardiology, pulmonology, psychiatry, orthopaedics)."""
    r = Rec(cid, SITES["gulfcoast"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Rosa Elena", "Guerrero", npi="1518290374", gender="female")
    endo = r.practitioner("Samuel", "Okoro", npi="1093728465", gender="male")
    neph = r.practitioner("Linh", "Tran", npi="1629384750", gender="female")
    card = r.practitioner("Frederick", "Baumann", npi="1740392857", gender="male")
    pulm = r.practitioner("Adriana", "Salinas", npi="1851930274", gender="female")
    r.patient("Dolores Ann", "Whitmore", "female", "1957-01-30", "GCM7730291", "8215 Bellfort Ave", "Houston", "TX", "77061", "713-555-0177", gp=pcp,
              marital=("W", "Widowed"), lang=("en", "English"))
    r.coverage("Wellcare", "Wellcare Dual Liberty (HMO D-SNP)", "WC40392817", ptype=("MCPOL", "managed care policy"))
    dm = r.condition("Type 2 diabetes mellitus with diabetic chronic kidney disease", icd=("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"),
                     sct=("44054006", "Diabetes mellitus type 2"), onset="2004-01-01", recorded="2010-05-04")
    ckd = r.condition("Chronic kidney disease stage 3b", icd=("N18.32", "Chronic kidney disease, stage 3b"), sct=("433144002", "Chronic kidney disease stage 3"),
                      onset="2019-01-01", recorded="2019-08-13")
    hf = r.condition("Chronic heart failure with preserved ejection fraction", icd=("I50.32", "Chronic diastolic (congestive) heart failure"),
                     sct=("446221000", "Heart failure with normal ejection fraction"), onset="2021-01-01", recorded="2021-03-22")
    copd = r.condition("Chronic obstructive pulmonary disease", icd=("J44.89", "Other specified chronic obstructive pulmonary disease"),
                       sct=("13645005", "Chronic obstructive lung disease"), onset="2015-01-01", recorded="2015-09-01")
    oa = r.condition("Primary osteoarthritis of both knees", icd=("M17.0", "Bilateral primary osteoarthritis of knee"), sct=("239873007", "Osteoarthritis of knee"),
                     onset="2016-01-01", recorded="2016-10-10")
    mdd = r.condition("Major depressive disorder, recurrent, moderate", icd=("F33.1", "Major depressive disorder, recurrent, moderate"),
                      sct=("370143000", "Major depressive disorder"), onset="2020-01-01", recorded="2020-11-18")
    r.condition("Influenza A", icd=("J10.1", "Influenza due to other identified influenza virus with other respiratory manifestations"), sct=("442696006", "Influenza caused by Influenza A virus"),
                onset="2025-01-14", clinical="resolved", abate="2025-01-28", recorded="2025-01-14")
    e1 = r.encounter("2026-07-21", "AMB", "Pulmonology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[copd], prac=pulm)
    r.note("""Pulmonology 07/21/2026. COPD GOLD 2, stable on tiotropium; CAT 14 (13 in January); no exacerbations this year.""", "2026-07-21", author=pulm, enc=e1)
    e2 = r.encounter("2026-08-18", "AMB", "Cardiology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[hf], prac=card)
    r.vitals("2026-08-18", e2, sbp=132, dbp=74, hr=72, wt=88.6)
    r.obs(("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), 610, "pg/mL", "2026-08-18", low=0, high=450, enc=e2)
    r.note("""Cardiology 08/18/2026. HFpEF (EF 60%), NYHA II, euvolemic on furosemide 40 mg and empagliflozin. NT-proBNP 610 (stable vs 580 in February).""",
           "2026-08-18", author=card, enc=e2)
    e3 = r.encounter("2026-09-15", "AMB", "Endocrinology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[dm], prac=endo)
    r.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 7.4, "%", "2026-09-15", low=4.0, high=5.6, enc=e3)
    r.note("""Endocrinology 09/15/2026. T2DM with CKD. A1c 7.4 (7.3 in March), goal < 8 given comorbidity and hypoglycemia risk. Glargine 22 u,
empagliflozin. No hypoglycemia on CGM review.""", "2026-09-15", author=endo, enc=e3)
    e4 = r.encounter("2026-10-13", "AMB", "Nephrology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[ckd], prac=neph)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-10-13", bmp(cr=1.42, k=4.8, bun=31, glu=151, egfr=39), enc=e4)
    r.obs(("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine"), 210, "mg/g", "2026-10-13", low=0, high=30, enc=e4)
    r.note("""Nephrology 10/13/2026. CKD G3b A2 from diabetic kidney disease; eGFR 39 (38 in April, 40 last October) - stable. On lisinopril,
empagliflozin; finerenone discussed. K 4.8.""", "2026-10-13", author=neph, enc=e4)
    e5 = r.encounter("2026-11-17", "AMB", "Office visit, established patient", cpt=("99215", "Office or other outpatient visit, established patient, 40-54 minutes"),
                     reasons=[dm, ckd, hf, copd, oa, mdd], prac=pcp)
    r.vitals("2026-11-17", e5, sbp=128, dbp=72, hr=74, wt=88.2, ht=160.0)
    r.score(("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), 8, "2026-11-17", enc=e5)
    r.note("""PCP 11/17/2026 (chronic care management). 69F with T2DM with CKD 3b, HFpEF, COPD, bilateral knee OA and recurrent MDD; followed by
endocrinology, nephrology, cardiology and pulmonology, behavioral health via collaborative care. 14 active medications; pharmacist
reconciliation done. Mood stable on sertraline (PHQ-9 8, was 7 in May). Knee pain limiting walking; acetaminophen, topical diclofenac,
intra-articular steroid 08/2026 helped. Falls: none. Care coordination: multiple specialists, transportation barriers.""",
           "2026-11-17", author=pcp, enc=e5)
    r.procedure("Injection, knee joint, corticosteroid (left)", [(CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance")],
                date="2026-08-04T10:00:00-05:00", reasons=[oa], performer=pcp)
    r.med("Insulin glargine 100 UNT/ML Pen Injector", authored="2026-03-17T10:00:00-05:00", dose="22 units subcutaneously at bedtime", reasons=[dm], requester=endo)
    r.med("Empagliflozin 10 MG Oral Tablet", authored="2026-03-17T10:00:00-05:00", dose="1 tablet daily", reasons=[dm, hf, ckd], requester=endo)
    r.med("Lisinopril 20 MG Oral Tablet", authored="2026-04-14T10:00:00-05:00", dose="1 tablet daily", reasons=[ckd], requester=neph)
    r.med("Furosemide 40 MG Oral Tablet", authored="2026-02-17T10:00:00-06:00", dose="1 tablet daily", reasons=[hf], requester=card)
    r.med("Tiotropium 18 MCG inhalation capsule", authored="2026-01-20T10:00:00-06:00", dose="Inhale contents of 1 capsule daily", reasons=[copd], requester=pulm)
    r.med("Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", authored="2026-01-20T10:00:00-06:00", dose="2 puffs every 4-6 h as needed", reasons=[copd], requester=pulm)
    r.med("Sertraline 100 MG Oral Tablet", authored="2026-05-19T10:00:00-05:00", dose="1 tablet daily", reasons=[mdd], requester=pcp)
    r.med("Atorvastatin 40 MG Oral Tablet", authored="2026-03-17T10:00:00-05:00", dose="1 tablet daily", reasons=[dm], requester=endo)
    r.med("Acetaminophen 500 MG Oral Tablet", authored="2026-05-19T10:00:00-05:00", dose="1000 mg three times daily as needed", reasons=[oa], requester=pcp)
    return r


def roc_n1(cid):
    """41F Graves hyperthyroidism (common), no orbitopathy, euthyroid on methimazole."""
    r = Rec(cid, SITES["gulfcoast"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Marcus", "Villanueva", npi="1992038475", gender="male")
    endo = r.practitioner("Rebecca", "Stein-Alvarez", npi="1184930275", gender="female")
    r.patient("Tamika Renee", "Coleman", "female", "1985-08-16", "GCM5518204", "3902 Wheeler St", "Houston", "TX", "77004", "832-555-0141", gp=pcp, marital=("M", "Married"))
    r.coverage("Blue Cross and Blue Shield of Texas", "Blue Choice PPO", "ZGT740293815")
    gr = r.condition("Graves disease (hyperthyroidism with diffuse goiter)", icd=("E05.00", "Thyrotoxicosis with diffuse goiter without thyrotoxic crisis or storm"),
                     sct=("353295004", "Graves disease"), onset="2026-03-01", recorded="2026-04-07", note="No Graves orbitopathy on ophthalmology exam 05/2026.")
    asth = r.condition("Mild intermittent asthma, uncomplicated", icd=("J45.20", "Mild intermittent asthma, uncomplicated"), sct=("426979002", "Mild asthma"), onset="1998-01-01", recorded="2015-01-01")
    r.condition("Gestational diabetes", icd=("O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control"), sct=("11687002", "Gestational diabetes mellitus"),
                onset="2019-02-01", clinical="resolved", abate="2019-06-20", recorded="2019-02-12")
    for d, t, ft4 in (("2026-04-07", 0.01, 3.4), ("2026-06-16", 0.09, 1.6), ("2026-10-20", 1.3, 1.1)):
        e = r.encounter(d, "AMB", "Endocrinology visit" if d != "2026-04-07" else "Endocrinology new patient",
                        cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes") if d != "2026-04-07" else ("99204", "Office or other outpatient visit, new patient, 45-59 minutes"),
                        reasons=[gr], prac=endo)
        r.report((L, "LAB-THY", "Thyroid panel"), d, [tsh(t), dict(code=("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma"), value=ft4, unit="ng/dL", low=0.82, high=1.77)], enc=e)
    r.obs((L, "LAB-TRAB", "Thyrotropin receptor antibody (TRAb)"), 8.2, "[IU]/L",
          "2026-04-07", low=0, high=1.75)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-10-20", cbc(12.8, wct=5.6), enc=e)
    r.report(("24325-3", "Hepatic function 2000 panel - Serum or Plasma"), "2026-10-20", hepatic(short=True), enc=e)
    r.vitals("2026-10-20", e, sbp=118, dbp=72, hr=74, wt=67.9)
    r.note("""Endocrinology 10/20/2026. Graves disease (most common cause of hyperthyroidism) diagnosed 04/2026: TRAb 8.2, diffuse uptake.
Now euthyroid on methimazole 10 mg (TSH 1.3, FT4 1.1). No orbitopathy. CBC and LFTs normal. Plan: continue methimazole for 12-18 months
total, then check TRAb before trial off. RAI/thyroidectomy not needed at this point.""", "2026-10-20", author=endo, enc=e)
    r.med("Methimazole 10 MG Oral Tablet", authored="2026-06-16T10:00:00-05:00", dose="1 tablet daily", reasons=[gr], requester=endo)
    r.med("Propranolol Hydrochloride 20 MG Oral Tablet", status="completed", authored="2026-04-07T10:00:00-05:00", dose="1 tablet three times daily as needed for palpitations",
          reasons=[gr], requester=endo, note="Stopped 06/2026 once euthyroid.")
    r.med("Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", authored="2026-02-02T09:00:00-06:00", dose="2 puffs every 4-6 h as needed", reasons=[asth], requester=pcp)
    e2 = r.encounter("2026-02-02", "AMB", "Preventive visit, established patient 40-64", cpt=("99396", "Periodic comprehensive preventive medicine reevaluation, 40-64 years"), prac=pcp)
    r.note("""Annual 02/02/2026. Asthma mild intermittent, albuterol rarely. Reports some palpitations and heat intolerance recently; TSH ordered.""", "2026-02-02", author=pcp, enc=e2)
    return r


def roc_n2(cid):
    """74M with four active chronic conditions and several resolved problems."""
    r = Rec(cid, SITES["frontrange"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Douglas", "Whitcomb", npi="1326093847", gender="male")
    uro = r.practitioner("Hiroshi", "Nakamura", npi="1558203947", gender="male")
    r.patient("Eugene Frank", "Kowalski", "male", "1952-06-07", "FR1102938", "16490 E Wyoming Dr", "Aurora", "CO", "80017", "303-555-0161", gp=pcp, marital=("M", "Married"))
    r.coverage("Medicare Part B", "Original Medicare", "5KD7-WR3-XT92", ptype=("SUBSIDIZ", "subsidized health program"))
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2006-01-01", recorded="2010-02-01")
    hld = r.condition("Hyperlipidemia, mixed", icd=("E78.2", "Mixed hyperlipidemia"), sct=("55822004", "Hyperlipidemia"), onset="2008-01-01", recorded="2010-02-01")
    bph = r.condition("Benign prostatic hyperplasia with lower urinary tract symptoms", icd=("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"),
                      sct=("266569009", "Benign prostatic hyperplasia"), onset="2018-01-01", recorded="2018-05-15")
    oa = r.condition("Primary osteoarthritis of left knee", icd=("M17.12", "Unilateral primary osteoarthritis, left knee"), sct=("239873007", "Osteoarthritis of knee"),
                     onset="2020-01-01", recorded="2020-09-09")
    r.condition("Community acquired pneumonia", icd=("J18.9", "Pneumonia, unspecified organism"), sct=("385093006", "Community acquired pneumonia"), onset="2024-12-02",
                clinical="resolved", abate="2024-12-20", recorded="2024-12-02")
    r.condition("Cellulitis of right lower leg", icd=("L03.115", "Cellulitis of right lower limb"), sct=("128045006", "Cellulitis"), onset="2025-06-10",
                clinical="resolved", abate="2025-06-24", recorded="2025-06-10")
    r.condition("Closed fracture of right lateral malleolus", icd=("S82.61XA", "Displaced fracture of lateral malleolus of right fibula, initial encounter for closed fracture"),
                sct=("16114001", "Fracture of ankle"), onset="2019-01-18", clinical="resolved", abate="2019-04-01", recorded="2019-01-18")
    r.condition("Kidney stone", icd=("N20.0", "Calculus of kidney"), sct=("95570007", "Kidney stone"), onset="2022-03-03", clinical="resolved", abate="2022-03-20", recorded="2022-03-03")
    r.condition("Acute gastroenteritis (norovirus)", icd=("A08.11", "Acute gastroenteropathy due to Norwalk agent"), sct=("25374005", "Gastroenteritis"), onset="2023-11-28",
                clinical="resolved", abate="2023-12-02", recorded="2023-11-28")
    r.condition("Benign paroxysmal positional vertigo, right", icd=("H81.11", "Benign paroxysmal vertigo, right ear"), sct=("111541001", "Benign paroxysmal positional vertigo"),
                onset="2025-02-03", clinical="resolved", abate="2025-03-01", recorded="2025-02-03")
    r.procedure("Open reduction internal fixation, right lateral malleolus", [(CPT, "27792", "Open treatment of distal fibular fracture (lateral malleolus), includes internal fixation, when performed")],
                date="2019-01-21")
    for d, sbp in (("2026-04-21", 132), ("2026-10-27", 128)):
        e = r.encounter(d, "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[htn, hld, oa], prac=pcp)
        r.vitals(d, e, sbp=sbp, dbp=78, hr=66, wt=84.5)
    r.report(("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "2026-10-27", bmp(cr=1.08, egfr=71) + hepatic(short=True), enc=e)
    r.report(("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "2026-10-27", lipids(168, 86, 46, 142), enc=e)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-10-27", cbc(14.4, sex="M"), enc=e)
    r.note("""PCP 10/27/2026 (Medicare annual wellness + chronic care). HTN, hyperlipidemia controlled. BPH stable on tamsulosin (urology yearly).
Left knee OA - walks 2 miles with PRN naproxen avoided (uses acetaminophen and topical diclofenac). Past pneumonia, cellulitis, kidney stone,
ankle fracture, BPPV all resolved. Vaccines updated. No new problems.""", "2026-10-27", author=pcp, enc=e)
    e3 = r.encounter("2026-06-09", "AMB", "Urology follow-up", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[bph], prac=uro)
    r.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), 2.6, "ng/mL", "2026-06-09", low=0, high=6.5, enc=e3)
    r.score((L, "URO-IPSS", "International Prostate Symptom Score (IPSS) total"), 9, "2026-06-09", enc=e3)
    r.note("""Urology 06/09/2026. BPH with mild-moderate LUTS, IPSS 9 (10 last year), PVR 60 mL. PSA 2.6 stable. Continue tamsulosin.""", "2026-06-09", author=uro, enc=e3)
    r.med("Lisinopril 20 MG Oral Tablet", authored="2026-01-06T09:00:00-07:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Atorvastatin 40 MG Oral Tablet", authored="2026-01-06T09:00:00-07:00", dose="1 tablet daily", reasons=[hld], requester=pcp)
    r.med("Tamsulosin Hydrochloride 0.4 MG Oral Capsule", authored="2026-01-06T09:00:00-07:00", dose="1 capsule nightly", reasons=[bph], requester=uro)
    r.med("Diclofenac Sodium 10 MG/ML Topical Gel", authored="2026-04-21T09:00:00-06:00", dose="Apply 4 g to left knee up to four times daily", reasons=[oa], requester=pcp)
    r.immunization("197", "Influenza, high-dose, quadrivalent", "2026-10-27")
    return r


CASES = [
    ("RARE_OR_COMPLEX_CONDITION", "positive", roc_p1, ["RARE_OR_COMPLEX_CONDITION"],
     "Active acromegaly (E22.0, Orphanet rare disease) from a GH-secreting pituitary macroadenoma with residual tumour, on octreotide LAR; IGF-1 improving (not worsening).",
     "52M acromegaly after pituitary surgery, on octreotide"),
    ("RARE_OR_COMPLEX_CONDITION", "positive", roc_p2, ["RARE_OR_COMPLEX_CONDITION"],
     "Active primary biliary cholangitis (K74.3, Orphanet rare disease) on ursodiol with incomplete biochemical response (ALP still falling).",
     "58F primary biliary cholangitis on ursodiol"),
    ("RARE_OR_COMPLEX_CONDITION", "positive", roc_p3, ["RARE_OR_COMPLEX_CONDITION"],
     "Six active chronic conditions (T2DM with CKD, CKD 3b, HFpEF, COPD, bilateral knee OA, recurrent MDD) across endocrinology, nephrology, cardiology, pulmonology, orthopaedics and psychiatry; all measures stable.",
     "69F with six chronic conditions across five-plus specialties"),
    ("RARE_OR_COMPLEX_CONDITION", "near-miss", roc_n1, [],
     "Graves hyperthyroidism is common (prevalence ~0.5-1%), not an Orphanet rare disease; no orbitopathy; only two active chronic conditions.",
     "41F Graves disease, euthyroid on methimazole"),
    ("RARE_OR_COMPLEX_CONDITION", "near-miss", roc_n2, [],
     "Only four active chronic conditions (HTN, hyperlipidaemia, BPH, knee OA); the long problem list is mostly resolved episodes.",
     "74M four chronic conditions plus many resolved problems"),
]
