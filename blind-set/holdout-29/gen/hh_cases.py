from common import *

RN = ("rn", "Maria", "Delgado", "", "1639271845", "RN, BSN, CWON")


def hh_soc(c, r, date, reason, disc="2026-12-31"):
    """Home health start-of-care episode + plan of care (CMS-485 style)."""
    return c.enc("e-soc", date + "T10:00:00-06:00", "HH", cc((HCPCS, "G0299", "Direct skilled nursing services of a registered nurse (RN) in the home health or hospice setting"),
                                                             text="Start of care (OASIS SOC) visit"),
                 reason, provider=r["org"], practitioner=r.get("rn"))


def psnw_ida_nofollow(c):
    r = us_setup(c, "hh", "prairie", "Dolores Ann", "Kessler", "female", "1955-03-09", "PLV-220871", "1408 Sibley Pkwy", "56001",
                 "Medicare Part A/B", "MEDICARE|Original Medicare", "7QK4-RT2-MN83", "2020-03-01",
                 [("rn", "Kaitlyn", "Brandt", "", "1598463027", "RN"), ("pcp", "Lowell", "Haugen", "Dr", "1881705523", "MD, family medicine")])
    vlu = c.cond("c-vlu", icd("L97.322", "Non-pressure chronic ulcer of left ankle with fat layer exposed", "Venous stasis ulcer L medial malleolus"),
                 "2026-06-20", recorder=r["pcp"])
    c.cond("c-cvi", icd("I87.2", "Venous insufficiency (chronic) (peripheral)"), "2019-05-01")
    c.cond("c-htn", icd("I10", "Essential (primary) hypertension"), "2012-01-01")
    c.cond("c-hypo", icd("E03.9", "Hypothyroidism, unspecified"), "2015-08-10")
    ida = c.cond("c-ida", icd("D50.9", "Iron deficiency anemia, unspecified"), "2026-08-21", recorder=r["pcp"])
    soc = c.enc("e-soc", "2026-07-06T10:00:00-05:00", "HH", ENC_SN, vlu, provider=r["org"], practitioner=r["rn"])
    visits = ["2026-08-20", "2026-09-17", "2026-10-15", "2026-11-19"]
    areas = [6.8, 5.1, 3.9, 2.6]
    for i, (d, a) in enumerate(zip(visits, areas), 1):
        e = c.enc(f"e{i}", d + "T09:30:00-05:00", "HH", ENC_SN, vlu, provider=r["org"], practitioner=r["rn"])
        c.obs(f"o-wound{i}", {"coding": [{"system": "https://prairielakesvna.org/codes/wound", "code": "WND-AREA", "display": "Wound area (L x W)"}],
                              "text": "Wound area"}, d, (a, "cm2", "cm2"), cat="exam", enc=e, performer=r["rn"])
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-20", 9.4, "g/dL", 12.0, 15.5)
    c.lab("o-mcv", "787-2", "MCV [Entitic volume] by Automated count", "2026-08-20", 71, "fL", 80, 100)
    c.lab("o-ferr", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-08-20", 5, "ng/mL", 11, 307)
    c.lab("o-alb", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-08-20", 3.7, "g/dL", 3.5, 5.0)
    c.medreq("m-fe", rx("310325", "ferrous sulfate 325 MG Oral Tablet"), "2026-08-21", "1 tablet by mouth daily", requester=r["pcp"], reason=ida)
    c.medreq("m-lis", rx("29046", "lisinopril"), "2012-01-01", "10 mg by mouth daily")
    c.medreq("m-levo", rx("10582", "levothyroxine"), "2015-08-10", "50 mcg by mouth daily")
    c.sr("sr-wc", cc((CPT, "29581", "Application of multi-layer compression system; leg (below knee), including ankle and foot")),
         "2026-07-06", "active", "order", reason=vlu, requester=r["pcp"], performer=r["org"],
         note="Weekly multilayer compression; skilled nursing 1w9")
    c.note("n-lab", L_NURSE, "2026-08-21", r["rn"], """
Skilled nursing note. CBC/CMP drawn 8/20 per PCP standing order for wound healing workup. Hgb 9.4 (was 13.1 in 2024),
MCV 71, ferritin 5. Called Dr Haugen's office and faxed results. Per PCP, start ferrous sulfate 325 mg daily; recheck CBC
at next PCP visit. Patient denies black stools, no visible bleeding; denies NSAIDs. Last colonoscopy 'more than 10 years ago'.""", custodian=r["org"])
    c.note("n-last", L_NURSE, "2026-11-19", r["rn"], """
Skilled nursing visit. Ulcer L medial malleolus 2.0 x 1.3 cm, granulating, minimal exudate; compression reapplied.
Patient reports more tired and short of breath on stairs. Still taking ferrous sulfate. No repeat CBC since August,
no GI appointment or colonoscopy scheduled - patient says nobody mentioned one. Will message PCP again.""", custodian=r["org"])
    return "Iron-deficiency anaemia (Hb 9.4, ferritin 5) in a 71-year-old found 20 Aug 2026; only oral iron, no GI evaluation or follow-up in >100 days."


def dsm_fatigue_myeloma(c):
    r = us_setup(c, "hh", "bayview", "Ernesto Luis", "Ocampo", "male", "1952-10-15", "BHH-0094417", "225 Tennessee St", "94590",
                 "Medicare Advantage - Golden Bay Health Plan", "GBHP-MA-PPO|Golden Bay Medicare PPO", "GB70014562", "2021-01-01",
                 [("rn", "Aileen", "Castro", "", "1720584936", "RN"), ("pcp", "Harold", "Nakamura", "Dr", "1306928571", "MD, internal medicine")])
    fat = c.cond("c-fat", icd("R53.83", "Other fatigue"), "2026-03-10", recorder=r["pcp"])
    frac = c.cond("c-frac", icd("M80.08XA", "Age-related osteoporosis with current pathological fracture, vertebra(e), initial encounter for fracture",
                                "Osteoporotic compression fracture T12"), "2026-10-22", recorder=r["pcp"])
    c.cond("c-htn", icd("I10", "Essential (primary) hypertension"), "2010-04-01")
    c.cond("c-bph", icd("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), "2018-02-01")
    soc = c.enc("e-soc", "2026-10-28T10:00:00-07:00", "HH", ENC_SN, frac, provider=r["org"], practitioner=r["rn"])
    for i, d in enumerate(["2026-03-10", "2026-06-16", "2026-09-08"], 1):
        c.enc(f"e-pcp{i}", d + "T14:00:00-07:00", "AMB", ENC_OFFICE, fat, practitioner=r["pcp"])
    for i, (d, w) in enumerate([("2026-03-10", 78.5), ("2026-09-08", 73.1), ("2026-11-18", 70.9)], 1):
        c.vital(f"o-wt{i}", "wt", d, w)
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-23", 10.1, "g/dL", 13.5, 17.5)
    c.lab("o-mcv", "787-2", "MCV [Entitic volume] by Automated count", "2026-10-23", 91, "fL", 80, 100)
    c.lab("o-esr", "4537-7", "Erythrocyte sedimentation rate by Westergren method", "2026-10-23", 84, "mm/h", 0, 20, ucum="mm/h")
    c.lab("o-ca", "17861-6", "Calcium [Mass/volume] in Serum or Plasma", "2026-10-23", 11.3, "mg/dL", 8.6, 10.3)
    c.lab("o-tp", "2885-2", "Protein [Mass/volume] in Serum or Plasma", "2026-10-23", 9.2, "g/dL", 6.0, 8.3)
    c.lab("o-alb", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-23", 3.1, "g/dL", 3.5, 5.0)
    c.lab("o-cr", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-23", 1.6, "mg/dL", 0.7, 1.3)
    c.lab("o-tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-16", 2.2, "u[IU]/mL", 0.4, 4.5, ucum="u[IU]/mL")
    c.medreq("m-aml", rx("17767", "amlodipine"), "2010-04-01", "5 mg by mouth daily")
    c.medreq("m-tams", rx("77492", "tamsulosin"), "2018-02-01", "0.4 mg by mouth at bedtime")
    c.medreq("m-oxy", rx("7804", "oxycodone"), "2026-10-22", "5 mg by mouth every 6 hours as needed for back pain", course="acute")
    c.medreq("m-calc", rx("11253", "vitamin D"), "2026-10-22", "Calcium carbonate/vitamin D 600 mg/400 IU twice daily")
    c.note("n-pcp", L_PROGRESS, "2026-09-08", r["pcp"], """
Follow-up fatigue. 6 months of tiredness, night sweats 2-3 times a week, ~5 kg weight loss. Labs in June: TSH normal.
Mood OK (PHQ-2 negative). Assessment: fatigue, likely deconditioning/poor sleep. Plan: sleep hygiene, walking program,
RTC 3 months.""", custodian=r["org"])
    c.note("n-soc", L_NURSE, "2026-10-28", r["rn"], """
OASIS start of care. 74M referred after ED visit 10/22 for acute back pain - T12 compression fracture after lifting a
grocery bag; discharged with oxycodone, calcium/vit D, home health PT/RN. Referral problem list: fatigue (R53.83),
osteoporotic T12 fracture, HTN, BPH. Pt reports fatigue, drenching night sweats, weight down from 173 to 156 lb since
March, bone pain in ribs. ED labs 10/23: Hgb 10.1, Ca 11.3, total protein 9.2, albumin 3.1, Cr 1.6, ESR 84 - no
follow-up ordered. Notified PCP office of abnormal values and symptoms; awaiting call back.""", enc=soc, custodian=r["org"])
    c.note("n-rn2", L_NURSE, "2026-11-18", r["rn"], """
SN visit. Fatigue unchanged, weight 156 lb, night sweats continue. PCP response: 'fatigue chronic, known; osteoporosis
fracture - continue plan; f/u at scheduled visit in December.' No further labs ordered. Pain 5/10 with oxycodone.""", custodian=r["org"])
    return "'Other fatigue' (R53.83) carried since March 2026 while weight loss, night sweats, anaemia, hypercalcaemia, high protein/ESR and a low-trauma vertebral fracture accumulate - the label explains none of them."


def dsm_nm_hf(c):
    r = us_setup(c, "hh", "hearth", "Loretta Mae", "Whitfield", "female", "1945-08-02", "HP-5561029", "3190 Cleveland Ave", "43224",
                 "Medicare Part A/B", "MEDICARE|Original Medicare", "2RX9-KW4-PP61", "2010-08-01",
                 [("rn", "Darnell", "Hughes", "", "1457392816", "RN"), ("card", "Priya", "Venkataraman", "Dr", "1174620938", "MD, cardiology")])
    hf = c.cond("c-hf", icd("I50.22", "Chronic systolic (congestive) heart failure"), "2024-05-14", recorder=r["card"])
    c.cond("c-hhd", icd("I11.0", "Hypertensive heart disease with heart failure"), "2024-05-14")
    c.cond("c-af", icd("I48.20", "Chronic atrial fibrillation, unspecified"), "2023-01-10")
    c.cond("c-oa", icd("M17.0", "Bilateral primary osteoarthritis of knee"), "2016-01-01")
    c.cond("c-uti", icd("N39.0", "Urinary tract infection, site not specified"), "2026-02-11", clinical="resolved", abated="2026-02-20")
    dysp = c.cond("c-dysp", icd("R06.09", "Other forms of dyspnea", "Dyspnea on exertion"), "2024-05-14", recorder=r["card"],
                  note="Attributed to HFrEF; NYHA class II")
    c.cond("c-edema", icd("R60.0", "Localized edema", "Bilateral ankle edema"), "2024-05-14", note="Trace-1+ pitting, attributed to heart failure")
    e0 = c.enc("e-soc", "2026-09-02T10:00:00-04:00", "HH", ENC_SN, hf, provider=r["org"], practitioner=r["rn"])
    for i, (d, w) in enumerate([("2026-09-02", 71.8), ("2026-10-07", 70.9), ("2026-11-25", 70.4)], 1):
        c.obs(f"o-wt{i}", cc((LN, "29463-7", "Body weight")), d, (w, "kg"), cat="vital-signs",
              method={"text": "Bluetooth scale - remote patient monitoring"})
    c.bp("o-bp", "2026-11-25", 118, 68)
    c.lab("o-bnp1", "30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "2026-09-01", 612, "pg/mL", None, 100)
    c.lab("o-bnp2", "30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "2026-11-20", 455, "pg/mL", None, 100)
    c.obs("o-ef", cc((LN, "10230-1", "Left ventricular Ejection fraction")), "2026-08-28", (30, "%"), (50, None, "%"), "L", cat="imaging")
    c.lab("o-k", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-20", 4.4, "mmol/L", 3.5, 5.1)
    c.medreq("m-ent", rx("1656339", "sacubitril / valsartan"), "2024-06-01", "24/26 mg by mouth twice daily", requester=r["card"], reason=hf)
    c.medreq("m-carv", rx("20352", "carvedilol"), "2024-06-01", "12.5 mg by mouth twice daily", requester=r["card"], reason=hf)
    c.medreq("m-furo", rx("4603", "furosemide"), "2024-05-14", "40 mg by mouth daily", requester=r["card"], reason=hf)
    c.medreq("m-empa", rx("1545653", "empagliflozin"), "2025-02-01", "10 mg by mouth daily", requester=r["card"], reason=hf)
    c.medreq("m-apix", rx("1364430", "apixaban"), "2023-01-10", "5 mg by mouth twice daily")
    c.note("n-rn", L_NURSE, "2026-11-25", r["rn"], """
RPM review + SN visit. Weights stable/trending down (71.8 -> 70.4 kg). Still some breathlessness on the stairs and trace
ankle swelling by evening - consistent with her known HFrEF (EF 30%), NYHA II, improved from admission. Lungs clear.
BNP 455 (612 in Sept). Adherent to GDMT; reinforced 2 g sodium diet and daily weights. Cardiology f/u 12/15.""", custodian=r["org"])
    c.note("n-card", L_CONSULT, "2026-08-28", r["card"], """
Cardiology: HFrEF, EF 30% (35% in 2024), ischemic workup negative 2024, felt hypertensive/nonischemic. NYHA II dyspnea
and mild ankle edema are in keeping with her heart failure. Continue GDMT, home health RN with remote weights.""", custodian=r["org"])
    return "Exertional dyspnoea and ankle oedema continue but are the expected findings of her diagnosed HFrEF and are improving."


def mpp_evar(c):
    r = us_setup(c, "hh", "prairie", "Walter James", "Lindqvist", "male", "1949-06-24", "PLV-318504", "57 Hoffman Rd", "56003",
                 "Medicare Part A/B", "MEDICARE|Original Medicare", "4HT2-XN7-QJ15", "2014-06-01",
                 [("rn", "Kaitlyn", "Brandt", "", "1598463027", "RN"), ("vasc", "Anders", "Solberg", "Dr", "1265098734", "MD, vascular surgery")])
    aaa = c.cond("c-aaa", icd("I71.43", "Infrarenal abdominal aortic aneurysm, without rupture"), "2024-11-05", recorder=r["vasc"],
                 note="5.4 cm (Nov 2025) -> 6.1 cm on CTA 10/2026")
    copd = c.cond("c-copd", icd("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), "2026-10-02",
                  clinical="resolved", abated="2026-10-30")
    c.cond("c-copd2", icd("J44.9", "Chronic obstructive pulmonary disease, unspecified"), "2015-01-01")
    c.cond("c-htn", icd("I10", "Essential (primary) hypertension"), "2009-01-01")
    c.cond("c-smk", icd("Z87.891", "Personal history of nicotine dependence"), "2012-01-01")
    e1 = c.enc("e-adm", "2026-10-02T22:00:00-05:00", "IMP", ENC_ADM, copd, end="2026-10-07T11:00:00-05:00",
               admit=cc(("http://terminology.hl7.org/CodeSystem/admit-source", "emd", "From accident/emergency department")))
    e2 = c.enc("e-soc", "2026-10-09T10:00:00-05:00", "HH", ENC_SN, copd, provider=r["org"], practitioner=r["rn"])
    e3 = c.enc("e-vasc", "2026-11-17T13:00:00-06:00", "AMB", ENC_OFFICE, aaa, practitioner=r["vasc"])
    c.dr("dr-cta", cc((CPT, "74175", "Computed tomographic angiography, abdomen, with contrast material(s)")), "2026-10-05",
         conclusion="Infrarenal AAA, maximal diameter 6.1 cm (5.4 cm 11/2025). Neck length 22 mm, suitable for EVAR. No rupture.")
    c.obs("o-fev1", cc((LN, "20150-9", "FEV1")), "2026-11-10", (1.42, "L"), cat="procedure", ref_text="52% predicted")
    c.vital("o-spo2", "spo2", "2026-11-24", 94)
    c.bp("o-bp", "2026-11-24", 128, 76)
    c.lab("o-cr", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-17", 1.0, "mg/dL", 0.7, 1.3)
    c.medreq("m-trel", rx("1995306", "fluticasone furoate / umeclidinium / vilanterol"), "2026-10-07", "1 inhalation daily")
    c.medreq("m-alb", rx("435", "albuterol"), "2015-01-01", "2 puffs every 4-6 hours as needed")
    c.medreq("m-lis", rx("29046", "lisinopril"), "2009-01-01", "20 mg daily")
    c.medreq("m-ator", rx("83367", "atorvastatin"), "2024-11-05", "40 mg daily")
    c.sr("sr-evar", cc((CPT, "34705", "Endovascular repair of infrarenal aorta and/or iliac artery(ies) by deployment of an aorto-bi-iliac endograft"),
                       text="EVAR - aorto-bi-iliac endograft"), "2026-11-17", "active", "order", occurrence="2027-01-20",
         reason=aaa, requester=r["vasc"], category=cc((SCT, "387713003", "Surgical procedure")),
         note="Scheduled at Mayo-area tertiary center OR; pre-op pulmonary clearance obtained")
    c.note("n-vasc", L_CONSULT, "2026-11-17", r["vasc"], """
Vascular surgery: 77M with infrarenal AAA grown 5.4 -> 6.1 cm in 12 months, asymptomatic. Anatomy suitable for EVAR.
COPD (FEV1 52%) - open repair higher risk. Recommended elective EVAR; risks incl. endoleak, limb occlusion, renal injury,
need for lifelong surveillance, conversion to open repair discussed. Patient agrees. Scheduled 1/20/2027.""", enc=e3, custodian=r["org"])
    c.note("n-rn", L_NURSE, "2026-11-24", r["rn"], """
SN visit for COPD teaching post-discharge. Lungs with scattered wheeze, SpO2 94% RA. Using Trelegy daily correctly.
Pt aware of aneurysm repair 1/20 - reinforced to call 911 for sudden abdominal/back pain. Discharge from HH planned 12/8.""", custodian=r["org"])
    return "Elective EVAR (CPT 34705) ordered for 20 Jan 2027 for a 6.1 cm AAA, recorded by a home-health agency."


def mpp_nm_debride(c):
    r = us_setup(c, "hh", "bayview", "Ruth Evelyn", "Abernathy", "female", "1940-02-11", "BHH-0103326", "18 Sereno Dr", "94589",
                 "Medicare Part A/B", "MEDICARE|Original Medicare", "8MW3-DF6-KT44", "2005-02-01",
                 [("rn", "Aileen", "Castro", "", "1720584936", "RN, CWCN"), ("np", "Graciela", "Ortiz", "", "1003847265", "NP, geriatrics")])
    pu = c.cond("c-pu", icd("L89.153", "Pressure ulcer of sacral region, stage 3"), "2026-09-20", recorder=r["np"])
    c.cond("c-dem", icd("G30.1", "Alzheimer's disease with late onset"), "2021-04-01")
    c.cond("c-htn", icd("I10", "Essential (primary) hypertension"), "2001-01-01")
    for i, (d, a) in enumerate([("2026-10-01", 12.6), ("2026-10-29", 10.8), ("2026-11-26", 9.9)], 1):
        e = c.enc(f"e{i}", d + "T11:00:00-07:00", "HH", ENC_SN, pu, provider=r["org"], practitioner=r["rn"])
        c.obs(f"o-area{i}", {"coding": [{"system": "https://bayviewhh.com/fhir/CodeSystem/wound-measures", "code": "AREA", "display": "Wound surface area"}], "text": "Wound area"},
              d, (a, "cm2", "cm2"), cat="exam", enc=e, performer=r["rn"])
    c.obs("o-braden", {"text": "Braden scale total score"}, "2026-11-26", 13, cat="survey")
    c.lab("o-alb", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-15", 3.3, "g/dL", 3.5, 5.0)
    c.sr("sr-deb", cc((CPT, "97597", "Debridement, open wound, selective, first 20 sq cm or less")), "2026-11-26", "active", "order",
         occurrence="2026-12-03", reason=pu, requester=r["np"], performer=r["rn"],
         note="Bedside selective sharp debridement of slough at next SN visit; topical lidocaine prior")
    c.sr("sr-surf", cc((HCPCS, "E0277", "Powered pressure-reducing air mattress")), "2026-09-22", "completed", "order", requester=r["np"])
    c.medreq("m-don", rx("135447", "donepezil"), "2021-04-01", "10 mg by mouth at bedtime")
    c.medreq("m-aml", rx("17767", "amlodipine"), "2001-01-01", "5 mg by mouth daily")
    c.medreq("m-coll", {"text": "Collagenase santyl 250 unit/g ointment"}, "2026-10-01", "Apply nickel-thick to wound bed daily", reason=pu)
    c.note("n-rn", L_NURSE, "2026-11-26", r["rn"], """
Wound care visit. Sacral stage 3 PI 3.6 x 2.75 cm, 40% yellow slough, 60% granulation, no tunneling, mod serous drainage,
periwound intact. Improving slowly. Turning q2h by daughter, air mattress in use. NP Ortiz ordered selective sharp
debridement at bedside next visit (12/3). Pt tolerates dressing changes well with pre-medication.""", custodian=r["org"])
    return "Only a minor bedside wound debridement (CPT 97597) is planned; no major or invasive procedure."


def up_hcc_hospice(c):
    r = us_setup(c, "hh", "hearth", "Randall Wayne", "Pickett", "male", "1962-01-19", "HP-7720815", "811 Parsons Ave", "43206",
                 "Ohio Medicaid - CareSource", "CS-MCD|CareSource Medicaid", "CSX448102275", "2019-01-01",
                 [("rn", "Darnell", "Hughes", "", "1457392816", "RN, hospice"), ("hep", "Miriam", "Feld", "Dr", "1518293047", "MD, hepatology"),
                  ("hmd", "Oluwaseun", "Adeyemi", "Dr", "1629380415", "MD, hospice and palliative medicine")])
    hcc = c.cond("c-hcc", icd("C22.0", "Liver cell carcinoma"), "2026-08-11", recorder=r["hep"],
                 note="Multifocal HCC, largest 7.8 cm, tumor thrombus in right portal vein, AFP 4,850")
    cir = c.cond("c-cir", icd("K70.31", "Alcoholic cirrhosis of liver with ascites"), "2022-05-03", recorder=r["hep"])
    c.cond("c-aud", icd("F10.21", "Alcohol dependence, in remission"), "2022-05-03")
    e1 = c.enc("e-hep", "2026-10-27T09:00:00-04:00", "AMB", ENC_OFFICE, hcc, practitioner=r["hep"])
    e2 = c.enc("e-adm", "2026-11-05T10:00:00-05:00", "HH", cc((HCPCS, "Q5001", "Hospice or home health care provided in patient's home/residence")),
               hcc, provider=r["org"], practitioner=r["hmd"], status="in-progress")
    c.lab("o-afp", "1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "2026-10-20", 4850, "ng/mL", None, 8.3)
    c.lab("o-bili", "1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-10-20", 4.2, "mg/dL", 0.2, 1.2)
    c.lab("o-alb", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-20", 2.4, "g/dL", 3.5, 5.0)
    c.lab("o-inr", "6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-10-20", 2.0, "{INR}", 0.9, 1.1)
    c.obs("o-cp", {"text": "Child-Pugh score"}, "2026-10-27", 11, cat="exam", enc=e1, note="Child-Pugh C")
    c.dr("dr-mri", {"text": "MRI abdomen with and without contrast (liver protocol)"}, "2026-08-09",
         conclusion="Multifocal LI-RADS 5 lesions, dominant 7.8 cm segment 7/8; tumor in vein (right portal vein). Moderate ascites.")
    c.medreq("m-morph", rx("7052", "morphine"), "2026-11-05", "Morphine sulfate oral solution 20 mg/mL: 5 mg SL q2h PRN pain/dyspnea", requester=r["hmd"])
    c.medreq("m-lact", rx("6218", "lactulose"), "2022-05-03", "20 g by mouth twice daily, titrate to 2-3 soft stools")
    c.medreq("m-spiro", rx("9997", "spironolactone"), "2022-05-03", "100 mg by mouth daily")
    c.careplan("cp-hosp", "Hospice plan of care", "active", "plan", "2026-11-05",
               cc((SCT, "385763009", "Hospice care"), text="Hospice care (routine home care level)"), addresses=[hcc, cir], author=r["hmd"],
               activities=[("RN visits 3x/week and PRN", "in-progress"), ("Hospice aide 2x/week", "in-progress"),
                           ("Chaplain and social work", "scheduled"), ("Comfort medication kit in home", "completed")])
    c.note("n-hep", L_CONSULT, "2026-10-27", r["hep"], """
Hepatology/liver tumor clinic. 64M, alcohol-related cirrhosis (sober since 2022), Child-Pugh C (11), multifocal HCC with
right portal vein tumor thrombus, AFP 4,850, ECOG 2. Discussed at tumor board 10/22: not a transplant candidate (beyond
Milan, macrovascular invasion), not a candidate for resection, ablation or TACE, and systemic therapy not recommended
with Child-Pugh C. We told Randall and his sister that there are no treatment options for the cancer and recommended
hospice. He agreed.""", enc=e1, custodian=r["org"])
    c.note("n-hadm", L_NURSE, "2026-11-05", r["hmd"], """
Hospice admission. Terminal dx: hepatocellular carcinoma; related: alcoholic cirrhosis with ascites. PPS 50%.
Goals: remain at home with sister, comfort. DNR/POLST completed. Pt tearful, sister present; emotional support
provided, chaplain visit requested.""", enc=e2, custodian=r["org"])
    return "Hepatocellular carcinoma declared untreatable by tumour board; enrolled in home hospice Nov 2026; no second opinion."


def up_nm_copd_acp(c):
    r = us_setup(c, "hh", "prairie", "Gerald Thomas", "Vossberg", "male", "1954-11-30", "PLV-401177", "902 N Broad St", "56001",
                 "Medicare Advantage - NorthStar Senior", "NSS-HMO|NorthStar Senior HMO", "NS55091783", "2019-11-01",
                 [("rn", "Kaitlyn", "Brandt", "", "1598463027", "RN"), ("pcp", "Lowell", "Haugen", "Dr", "1881705523", "MD, family medicine")])
    copd = c.cond("c-copd", icd("J44.9", "Chronic obstructive pulmonary disease, unspecified"), "2014-03-01", recorder=r["pcp"],
                  note="GOLD 3 (FEV1 46%), group E")
    c.cond("c-htn", icd("I10", "Essential (primary) hypertension"), "2008-01-01")
    c.cond("c-gerd", icd("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2012-01-01")
    c.cond("c-exac", icd("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), "2026-09-14", clinical="resolved", abated="2026-10-05")
    e1 = c.enc("e-soc", "2026-09-24T10:00:00-05:00", "HH", ENC_SN, copd, provider=r["org"], practitioner=r["rn"])
    e2 = c.enc("e-pcp", "2026-11-12T10:00:00-06:00", "AMB", ENC_OFFICE, copd, practitioner=r["pcp"])
    c.obs("o-fev1", cc((LN, "20150-9", "FEV1")), "2026-11-12", (1.55, "L"), cat="procedure", enc=e2, ref_text="46% predicted")
    c.obs("o-cat", {"text": "CAT score (COPD assessment questionnaire)"}, "2026-11-12", 17, cat="survey", enc=e2)
    c.obs("o-cat0", {"text": "CAT score (COPD assessment questionnaire)"}, "2026-09-24", 24, cat="survey", enc=e1)
    c.vital("o-spo2", "spo2", "2026-11-12", 93, enc=e2)
    c.medreq("m-trel", rx("1995306", "fluticasone furoate / umeclidinium / vilanterol"), "2024-02-01", "1 inhalation daily", reason=copd)
    c.medreq("m-alb", rx("435", "albuterol"), "2014-03-01", "2 puffs q4h PRN")
    c.medreq("m-azi", rx("18631", "azithromycin"), "2026-10-10", "250 mg three times weekly (exacerbation prevention)", reason=copd)
    c.medreq("m-omep", rx("7646", "omeprazole"), "2012-01-01", "20 mg daily")
    c.sr("sr-rehab", cc((HCPCS, "G0424", "Pulmonary rehabilitation, including exercise (includes monitoring), one hour, per session, up to two sessions per day")),
         "2026-11-12", "active", "order", reason=copd, requester=r["pcp"])
    c.careplan("cp-acp", "Advance care planning", "active", "plan", "2026-11-12",
               cc((SCT, "713603004", "Advance care planning"), text="Advance care planning"), addresses=[copd], author=r["pcp"],
               description="Health care POA named (wife). POLST: full treatment, attempt resuscitation. Revisit annually.")
    c.note("n-pcp", L_PROGRESS, "2026-11-12", r["pcp"], """
COPD follow-up after Sept exacerbation. Much improved, CAT 24 -> 17. Using Trelegy correctly, started azithromycin.
Advance care planning discussion (99497): wife named HC-POA; he wants full treatment including ICU if needed. Not
appropriate for palliative care referral at this stage - goals are rehabilitation and getting back to his garden.
Referred to pulmonary rehab. Home health RN discharge planned after COPD teaching complete.""", enc=e2, custodian=r["org"])
    return "COPD patient with an advance-care-planning CarePlan choosing full treatment; the note says palliative referral is NOT appropriate and active treatment continues."


def hit_pd(c):
    r = us_setup(c, "hh", "bayview", "Samuel Otis", "Greer", "male", "1959-04-08", "BHH-0088150", "640 Georgia St", "94590",
                 "Medicare ESRD + Medi-Cal", "MEDICARE-ESRD|Medicare (ESRD entitlement)", "5CN1-TT8-AQ27", "2026-11-01",
                 [("rn", "Aileen", "Castro", "", "1720584936", "RN, CNN (home dialysis)"), ("neph", "Kwame", "Boateng", "Dr", "1841392057", "MD, nephrology")])
    esrd = c.cond("c-esrd", icd("N18.6", "End stage renal disease"), "2026-09-15", recorder=r["neph"])
    c.cond("c-dm", icd("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2006-01-01")
    c.cond("c-htn", icd("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease"), "2006-01-01")
    c.cond("c-anem", icd("D63.1", "Anemia in chronic kidney disease"), "2024-03-01")
    e1 = c.enc("e-neph", "2026-09-15T09:00:00-07:00", "AMB", ENC_OFFICE, esrd, practitioner=r["neph"])
    e2 = c.enc("e-train", "2026-11-16T09:00:00-08:00", "HH", ENC_SN, esrd, provider=r["org"], practitioner=r["rn"])
    e3 = c.enc("e-hv", "2026-11-24T09:00:00-08:00", "HH", ENC_SN, esrd, provider=r["org"], practitioner=r["rn"])
    c.lab("o-egfr", "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
          "2026-09-12", 7, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}")
    c.lab("o-k", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-20", 4.6, "mmol/L", 3.5, 5.1)
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-20", 10.4, "g/dL", 13.5, 17.5)
    c.lab("o-a1c", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-09-12", 7.1, "%", 4.0, 5.6)
    c.proc("p-cath", cc((CPT, "49324", "Laparoscopy, surgical; with insertion of tunneled intraperitoneal catheter")), "completed",
           "2026-10-20", reason=esrd, outcome="Catheter healed; flushes well")
    c.proc("p-pd", cc((SCT, "71192002", "Peritoneal dialysis"), text="Automated peritoneal dialysis (CCPD) at home"), "in-progress",
           period=("2026-11-16", None), reason=esrd, performer=r["org"],
           note="4 exchanges overnight via cycler, 2 L 1.5% dextrose, last fill 1.5 L icodextrin")
    c.sr("sr-pd", cc((CPT, "90945", "Dialysis procedure other than hemodialysis (eg, peritoneal dialysis), with single evaluation by a physician")),
         "2026-10-30", "active", "order", occ_period=("2026-11-16", "2027-11-16"), reason=esrd, requester=r["neph"])
    c.medreq("m-epo", rx("105694", "epoetin alfa"), "2024-03-01", "Per anemia protocol, SC every 2 weeks")
    c.medreq("m-ins", rx("274783", "insulin glargine"), "2015-01-01", "14 units SC nightly")
    c.medreq("m-sev", rx("410424", "sevelamer carbonate"), "2026-09-15", "800 mg three times daily with meals")
    c.medreq("m-furo", rx("4603", "furosemide"), "2020-01-01", "80 mg by mouth twice daily")
    c.obs("o-kdqol", {"text": "KDQOL-36 burden of kidney disease subscale"}, "2026-11-24", 37.5, cat="survey", enc=e3)
    c.note("n-neph", L_CONSULT, "2026-09-15", r["neph"], """
Nephrology: CKD 5 from diabetic nephropathy, eGFR 7, uremic nausea and fatigue. Modality education completed; chooses home
PD over in-center HD to keep working part-time. PD catheter placement with surgery 10/20, start CCPD mid-November after
training.""", enc=e1, custodian=r["org"])
    c.note("n-rn", L_NURSE, "2026-11-24", r["rn"], """
Home dialysis RN visit day 8 of CCPD. Pt and wife performing set-up independently with aseptic technique. Exit site clean,
no erythema. UF 850 mL/night. Weight 84.2 kg, BP 142/84. Reports sleeping poorly with cycler alarms and 'life revolves
around the machine'. Reviewed troubleshooting. Next visit 12/1.""", enc=e3, custodian=r["org"])
    return "Home automated peritoneal dialysis started 16 Nov 2026 for diabetic ESRD - dialysis is a high-impact treatment."


def hit_nm_mtx(c):
    r = us_setup(c, "hh", "hearth", "Janice Lorraine", "Mott", "female", "1957-07-19", "HP-3308871", "56 Oakland Park Ave", "43214",
                 "Anthem Blue Cross PPO", "ANTH-PPO|Anthem Blue Access PPO", "YRM877102334", "2022-01-01",
                 [("rn", "Darnell", "Hughes", "", "1457392816", "RN"), ("rheum", "Sofia", "Marchetti", "Dr", "1093726481", "MD, rheumatology")])
    ra = c.cond("c-ra", icd("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"),
                "2025-02-12", recorder=r["rheum"])
    c.cond("c-op", icd("M81.0", "Age-related osteoporosis without current pathological fracture"), "2021-06-01")
    c.cond("c-htn", icd("I10", "Essential (primary) hypertension"), "2015-01-01")
    c.cond("c-cell", icd("L03.116", "Cellulitis of left lower limb"), "2026-10-01", clinical="resolved", abated="2026-10-20")
    e0 = c.enc("e-soc", "2026-10-14T10:00:00-04:00", "HH", ENC_SN, ra, provider=r["org"], practitioner=r["rn"])
    e1 = c.enc("e-rheum", "2026-11-18T11:00:00-05:00", "AMB", ENC_OFFICE, ra, practitioner=r["rheum"])
    c.medreq("m-mtx", rx("6851", "methotrexate"), "2026-08-20", "15 mg subcutaneously once weekly (Saturdays)", requester=r["rheum"], reason=ra,
             note="Switched from oral 15 mg weekly to SC for GI intolerance; dose unchanged")
    c.medreq("m-fol", rx("4511", "folic acid"), "2025-02-12", "1 mg by mouth daily except methotrexate day")
    c.medreq("m-hcq", rx("5521", "hydroxychloroquine"), "2025-02-12", "200 mg by mouth twice daily", reason=ra)
    c.medreq("m-aln", rx("46041", "alendronate"), "2021-06-01", "70 mg by mouth weekly")
    c.obs("o-eq1", {"coding": [{"system": "https://hearthpoint-health.com/codes/prom", "code": "EQ5D5L-INDEX", "display": "EQ-5D-5L index value (US)"}],
                    "text": "EQ-5D-5L index"}, "2026-08-20", (0.71, "{index}"), cat="survey")
    c.obs("o-eq2", {"coding": [{"system": "https://hearthpoint-health.com/codes/prom", "code": "EQ5D5L-INDEX", "display": "EQ-5D-5L index value (US)"}],
                    "text": "EQ-5D-5L index"}, "2026-11-18", (0.68, "{index}"), cat="survey", enc=e1)
    c.obs("o-cdai", {"text": "Clinical Disease Activity Index (CDAI)"}, "2026-11-18", (9.5, "{score}"), cat="exam", enc=e1, note="Low disease activity (was 18 in Feb 2025)")
    c.lab("o-alt", "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-11-12", 28, "U/L", 7, 35)
    c.lab("o-wbc", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-11-12", 6.2, "10*3/uL", 4.0, 11.0)
    c.lab("o-cr", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-12", 0.8, "mg/dL", 0.5, 1.0)
    c.note("n-rn", L_NURSE, "2026-10-14", r["rn"], """
SOC after hospitalization for L leg cellulitis (completed IV then oral abx). Also referred for teaching of weekly SC
methotrexate self-injection for RA (GI upset on oral). Pt demonstrated correct technique with prefilled autoinjector,
sharps disposal reviewed. Labs q8-12 weeks per rheum. Knows to hold MTX if febrile/infection.""", enc=e0, custodian=r["org"])
    c.note("n-rheum", L_PROGRESS, "2026-11-18", r["rheum"], """
RA follow-up: seropositive RA on MTX 15 mg SC weekly + HCQ. CDAI 9.5 (low disease activity). Tolerating SC better than
oral. EQ-5D index 0.68 vs 0.71 in August - essentially unchanged; slowed by recent cellulitis. Labs fine. Continue.""", enc=e1, custodian=r["org"])
    return "Low-dose weekly methotrexate for RA (not oncologic chemotherapy); EQ-5D fell only 0.03, below its MCID."


def prc_valve_message(c):
    r = us_setup(c, "hh", "hearth", "Beatrice Ann", "Okafor", "female", "1950-12-05", "HP-6104473", "1405 E Main St", "43205",
                 "Medicare Part A/B", "MEDICARE|Original Medicare", "3PL8-MD2-WC90", "2015-12-01",
                 [("rn", "Darnell", "Hughes", "", "1457392816", "RN, telehealth"), ("card", "Priya", "Venkataraman", "Dr", "1174620938", "MD, cardiology")])
    asx = c.cond("c-as", icd("I35.0", "Nonrheumatic aortic (valve) stenosis"), "2023-04-18", recorder=r["card"], severity=cc((SCT, "6736007", "Moderate")))
    c.cond("c-htn", icd("I10", "Essential (primary) hypertension"), "2004-01-01")
    c.cond("c-hld", icd("E78.5", "Hyperlipidemia, unspecified"), "2010-01-01")
    c.cond("c-hipfx", icd("S72.002A", "Fracture of unspecified part of neck of left femur, initial encounter for closed fracture"),
           "2026-08-30", clinical="resolved", abated="2026-11-01")
    e1 = c.enc("e-card", "2026-10-20T13:00:00-04:00", "AMB", ENC_OFFICE, asx, practitioner=r["card"])
    e2 = c.enc("e-soc", "2026-09-10T10:00:00-04:00", "HH", ENC_PT, provider=r["org"])
    c.dr("dr-echo", cc((CPT, "93306", "Echocardiography, transthoracic, real-time with image documentation (2D), complete")), "2026-10-13",
         conclusion="Moderate calcific aortic stenosis: peak velocity 3.4 m/s, mean gradient 27 mmHg, AVA 1.2 cm2. LVEF 60%. Unchanged from 2025.")
    for i, (d, s, dd) in enumerate([("2026-10-01", 132, 76), ("2026-11-01", 128, 74), ("2026-11-28", 130, 72)], 1):
        c.bp(f"o-bp{i}", d, s, dd, note="Home telemonitoring cuff")
    c.medreq("m-aml", rx("17767", "amlodipine"), "2004-01-01", "5 mg daily")
    c.medreq("m-rosu", rx("301542", "rosuvastatin"), "2010-01-01", "10 mg daily")
    c.comm("cm-pt", "2026-11-23T16:12:00-05:00", c.pref, r["card"],
           "Hello Dr. Venkataraman's office, this is Beatrice Okafor. At my visit you said my valve is not bad enough to fix and to come back in a year. My sister had the TAVR and is doing great. I would like a second opinion from another heart doctor or valve clinic about whether I should have it done now rather than wait. Can you send a referral? Thank you.",
           category={"text": "Patient message (telehealth tablet)"}, medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data")),
           topic="Request for second opinion - aortic valve")
    c.note("n-card", L_PROGRESS, "2026-10-20", r["card"], """
Cardiology follow-up. Moderate AS, stable on echo (AVA 1.2, MG 27). Minimal symptoms: NYHA I-II, recovering well from
L hip pinning in Sept. No syncope or angina. No indication for valve intervention at present per ACC/AHA guidance.
Repeat echo in 12 months or sooner if symptoms.""", enc=e1, custodian=r["org"])
    c.note("n-rn", L_NURSE, "2026-11-24", r["rn"], """
Telehealth RN: pt message 11/23 requesting second opinion re aortic valve forwarded to cardiology; pt reminded she can
request an outside opinion. Vitals stable, no new symptoms, completing home PT - walks with cane independently.""", custodian=r["org"])
    return "Patient-authored Communication asking for a second opinion from another cardiologist about her aortic valve."


def wdt_bp(c):
    r = us_setup(c, "hh", "hearth", "Cynthia Marie", "Rollins", "female", "1960-09-14", "HP-4419027", "2770 Sunbury Rd", "43219",
                 "Aetna Medicare Advantage", "AET-MA|Aetna Medicare Premier PPO", "AET101928374", "2025-10-01",
                 [("rn", "Darnell", "Hughes", "", "1457392816", "RN, RPM"), ("pcp", "Kevin", "Osei", "Dr", "1356472980", "MD, internal medicine")])
    htn = c.cond("c-htn", icd("I10", "Essential (primary) hypertension", "Resistant hypertension"), "2016-03-01", recorder=r["pcp"])
    c.cond("c-ob", icd("E66.9", "Obesity, unspecified"), "2016-03-01")
    c.cond("c-hypo", icd("E03.9", "Hypothyroidism, unspecified"), "2011-01-01")
    c.enc("e-enr", "2026-04-20T10:00:00-04:00", "VR", cc((CPT, "99453", "Remote monitoring of physiologic parameter(s), initial set-up and patient education on use of equipment")),
          htn, provider=r["org"], practitioner=r["rn"])
    months = [("2026-05-31", 138, 84), ("2026-06-30", 141, 85), ("2026-08-31", 151, 89), ("2026-09-30", 156, 92), ("2026-11-29", 166, 97)]
    for i, (d, s, dd) in enumerate(months, 1):
        c.bp(f"o-bp{i}", d, s, dd, interp="H", note="30-day average of home cuff readings (RPM)")
    for i, d in enumerate(["2026-06-15", "2026-09-15", "2026-11-16"], 1):
        c.enc(f"e-mgmt{i}", d + "T10:00:00-04:00", "VR", cc((CPT, "99457", "Remote physiologic monitoring treatment management services, first 20 minutes")),
              htn, provider=r["org"], practitioner=r["rn"])
    c.medreq("m-aml", rx("17767", "amlodipine"), "2019-01-10", "10 mg by mouth daily", reason=htn)
    c.medreq("m-lis", rx("29046", "lisinopril"), "2016-03-01", "40 mg by mouth daily", reason=htn)
    c.medreq("m-chlor", rx("2409", "chlorthalidone"), "2025-06-01", "25 mg by mouth daily", reason=htn)
    c.medreq("m-levo", rx("10582", "levothyroxine"), "2011-01-01", "88 mcg daily")
    c.lab("o-k", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-10", 3.6, "mmol/L", 3.5, 5.1)
    c.lab("o-cr", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-10", 0.9, "mg/dL", 0.5, 1.0)
    c.lab("o-tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-11-10", 1.8, "u[IU]/mL", 0.4, 4.5, ucum="u[IU]/mL")
    c.note("n-rn", L_NURSE, "2026-11-16", r["rn"], """
RPM management call. 30-day avg BP 166/97 (138/84 in May) on amlodipine 10, lisinopril 40, chlorthalidone 25 - all at the
same doses since mid-2025. Pharmacy fill history 100% on time; pill count at home visit 11/9 correct. Cuff validated vs
clinic. No NSAIDs, decongestants, licorice; weight stable. Headaches in mornings. Sent to Dr Osei for escalation.""", custodian=r["org"])
    return "Home BP averages rose 138/84 -> 166/97 over six months on three unchanged antihypertensives with verified adherence."


def wdt_nm_egfr(c):
    r = us_setup(c, "hh", "prairie", "Howard Dean", "Ellingson", "male", "1953-05-02", "PLV-277340", "14 Lor Ray Dr", "56003",
                 "Medicare Part A/B", "MEDICARE|Original Medicare", "6TE3-GH1-RK72", "2018-05-01",
                 [("pt", "Megan", "Thorsen", "", "1447285903", "PT, DPT"), ("pcp", "Lowell", "Haugen", "Dr", "1881705523", "MD, family medicine")])
    ckd = c.cond("c-ckd", icd("N18.31", "Chronic kidney disease, stage 3a"), "2023-02-01", recorder=r["pcp"])
    c.cond("c-dm", icd("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2012-01-01")
    c.cond("c-htn", icd("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"), "2012-01-01")
    c.cond("c-tka", icd("Z96.651", "Presence of right artificial knee joint"), "2026-10-27")
    c.cond("c-oa", icd("M17.11", "Unilateral primary osteoarthritis, right knee"), "2019-01-01", clinical="resolved", abated="2026-10-27")
    c.proc("p-tka", cc((CPT, "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments (total knee arthroplasty)")),
           "completed", "2026-10-27")
    c.enc("e-soc", "2026-10-31T10:00:00-05:00", "HH", ENC_PT, provider=r["org"], practitioner=r["pt"])
    for i, (d, v) in enumerate([("2026-04-14", 52), ("2026-07-15", 50), ("2026-10-20", 49)], 1):
        c.lab(f"o-egfr{i}", "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
              d, v, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}")
    c.lab("o-uacr", "9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "2026-10-20", 48, "mg/g", None, 30, ucum="mg/g{creat}")
    c.lab("o-a1c", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-10-20", 6.9, "%", 4.0, 5.6)
    c.medreq("m-lis", rx("29046", "lisinopril"), "2012-01-01", "20 mg daily", reason=ckd)
    c.medreq("m-dapa", rx("1488564", "dapagliflozin"), "2023-02-01", "10 mg daily", reason=ckd)
    c.medreq("m-met", rx("6809", "metformin"), "2012-01-01", "500 mg twice daily")
    c.medreq("m-apap", rx("161", "acetaminophen"), "2026-10-27", "650 mg every 6 hours as needed for knee pain")
    c.obs("o-rom", {"text": "Right knee flexion, active range of motion"}, "2026-11-24", (105, "deg"), cat="exam", performer=r["pt"])
    c.note("n-pt", L_PROGRESS, "2026-11-24", r["pt"], """
Home PT visit 8 - s/p R TKA 10/27. AROM 0-105, ambulating with cane household distances, stairs with rail. Pain 3/10.
Continue HEP; anticipate discharge to outpatient PT 12/8.""", custodian=r["org"])
    c.note("n-pcp", L_PROGRESS, "2026-10-22", r["pcp"], """
Pre-op/CKD review: CKD 3a (A2) from diabetic kidney disease, eGFR 52 -> 50 -> 49 over 6 months - stable within expected
variability, on lisinopril + dapagliflozin since 2023. BP 126/74. A1c 6.9. Cleared for TKA; hold metformin day of surgery.""", custodian=r["org"])
    return "eGFR 52 -> 49 over six months on ACE inhibitor and SGLT2 inhibitor - a 3-point change, well below a clinically important decline."


def rcc_multimorbid(c):
    r = us_setup(c, "hh", "bayview", "Clarence Eugene", "Boyd", "male", "1947-03-21", "BHH-0071993", "930 Amador St", "94590",
                 "Medicare Part A/B", "MEDICARE|Original Medicare", "9AF6-KP3-ZL18", "2012-03-01",
                 [("rn", "Aileen", "Castro", "", "1720584936", "RN"), ("pcp", "Harold", "Nakamura", "Dr", "1306928571", "MD, internal medicine")])
    dm = c.cond("c-dm", icd("E11.9", "Type 2 diabetes mellitus without complications"), "2004-01-01", recorder=r["pcp"])
    c.cond("c-ckd", icd("N18.32", "Chronic kidney disease, stage 3b"), "2021-06-01", note="Followed by nephrology (Dr Boateng)")
    c.cond("c-hf", icd("I50.32", "Chronic diastolic (congestive) heart failure"), "2022-09-01", note="HFpEF, followed by cardiology")
    c.cond("c-copd", icd("J44.9", "Chronic obstructive pulmonary disease, unspecified"), "2015-01-01", note="Followed by pulmonology")
    c.cond("c-pd", icd("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"), "2020-02-01", note="Followed by movement disorders neurology")
    c.cond("c-bph", icd("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"), "2014-01-01", note="Urology")
    c.cond("c-pn", icd("J18.9", "Pneumonia, unspecified organism"), "2025-12-02", clinical="resolved", abated="2025-12-20")
    e0 = c.enc("e-soc", "2026-11-03T10:00:00-08:00", "HH", ENC_SN, dm, provider=r["org"], practitioner=r["rn"])
    e1 = c.enc("e-v2", "2026-11-17T10:00:00-08:00", "HH", ENC_SN, provider=r["org"], practitioner=r["rn"])
    c.lab("o-a1c", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-10-28", 7.2, "%", 4.0, 5.6)
    c.lab("o-egfr", "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
          "2026-10-28", 38, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}")
    c.lab("o-bnp", "30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "2026-10-28", 210, "pg/mL", None, 100)
    c.vital("o-wt", "wt", "2026-11-17", 79.6, enc=e1)
    c.vital("o-spo2", "spo2", "2026-11-17", 94, enc=e1)
    c.bp("o-bp", "2026-11-17", 128, 70, enc=e1)
    meds = [("m-ins", "274783", "insulin glargine", "18 units SC at bedtime"), ("m-lina", "1100699", "linagliptin", "5 mg daily"),
            ("m-furo", "4603", "furosemide", "40 mg daily"), ("m-spiro", "9997", "spironolactone", "25 mg daily"),
            ("m-tio", "69120", "tiotropium", "2 inhalations daily"), ("m-cl", "2019", "carbidopa", "Carbidopa/levodopa 25/100: 1.5 tab four times daily"),
            ("m-tams", "77492", "tamsulosin", "0.4 mg nightly"), ("m-ator", "83367", "atorvastatin", "20 mg daily")]
    for sfx, code, disp, dose in meds:
        c.medreq(sfx, rx(code, disp), "2026-11-03", dose)
    c.note("n-soc", L_NURSE, "2026-11-03", r["rn"], """
OASIS SOC for medication management and disease teaching after PCP referral (pill box errors found by daughter).
Active problems: T2DM on insulin, CKD 3b (nephrology), HFpEF (cardiology), COPD (pulmonology), Parkinson disease
(neurology), BPH (urology). 14 scheduled medication administrations per day; 5 prescribers. All conditions currently
stable. Set up weekly pill organizer, carbidopa/levodopa timing chart. SN 1w4, PT eval ordered for fall risk.""", enc=e0, custodian=r["org"])
    c.note("n-v2", L_NURSE, "2026-11-17", r["rn"], "SN visit: pill organizer correct x2 weeks, no hypoglycemia, weight stable, lungs clear, tremor unchanged. Continue.", enc=e1, custodian=r["org"])
    return "Six active chronic conditions followed by five different specialties (endocrine, nephrology, cardiology, pulmonology, neurology, urology)."


HH_CASES = [
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", psnw_ida_nofollow, []),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", dsm_fatigue_myeloma, []),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", dsm_nm_hf, []),
    ("MAJOR_PROCEDURE_PLANNED", "positive", mpp_evar, []),
    ("MAJOR_PROCEDURE_PLANNED", "near-miss", mpp_nm_debride, []),
    ("UNTREATABLE_PROGNOSIS", "positive", up_hcc_hospice, []),
    ("UNTREATABLE_PROGNOSIS", "near-miss", up_nm_copd_acp, []),
    ("HIGH_IMPACT_TREATMENT", "positive", hit_pd, []),
    ("HIGH_IMPACT_TREATMENT", "near-miss", hit_nm_mtx, []),
    ("PATIENT_REPORTED_CONCERN", "positive", prc_valve_message, []),
    ("WORSENING_DESPITE_TREATMENT", "positive", wdt_bp, []),
    ("WORSENING_DESPITE_TREATMENT", "near-miss", wdt_nm_egfr, []),
    ("RARE_OR_COMPLEX_CONDITION", "positive", rcc_multimorbid, []),
]
