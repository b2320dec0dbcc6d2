from common import *

CONF = cc(("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R", "restricted"))
BIRTHSEX = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex"


def bmi_pct(c, sfx, d, v, enc=None):
    return c.obs(sfx, cc((LN, "59576-9", "Body mass index (BMI) [Percentile] Per age and sex")), d, (v, "%"), cat="vital-signs", enc=enc)


def phqa(c, sfx, d, v, enc=None):
    return c.obs(sfx, cc((LN, "89204-2", "Patient Health Questionnaire-9: Modified for Teens total score [Reported.PHQ.Teen]"), text="PHQ-A total score"),
                 d, v, cat="survey", enc=enc)


def psnw_syncope(c):
    r = us_setup(c, "aya", "cedar", "Madison Grace", "Pruitt", "female", "2011-02-17", "CR-00481723", "42 Hillcrest Rd", "28803",
                 "Blue Cross NC (dependent)", "BCBSNC-PPO|Blue Options PPO", "YPW448210903", "2011-03-01",
                 [("md", "Naomi", "Feldstein", "Dr", "1619384027", "MD, adolescent medicine"), ("card", "Victor", "Osorio", "Dr", "1528394061", "MD, pediatric cardiology")],
                 extra={"contact": [{"relationship": [cc(("http://terminology.hl7.org/CodeSystem/v2-0131", "N", "Next-of-Kin"))],
                                     "name": {"family": "Pruitt", "given": ["Dana"]}, "telecom": [{"system": "phone", "value": "828-555-0142"}]}]})
    c.coverage  # noqa
    diz = icd("R42", "Dizziness and giddiness", "Lightheadedness on standing")
    syn = icd("R55", "Syncope and collapse")
    c.cond("c-diz", diz, "2026-06-03", recorder=r["md"], cat="problem-list-item")
    c.cond("c-syn", syn, "2026-07-22", recorder=r["md"], note="Four witnessed faints since July; none with exertion; no injury")
    c.cond("c-acne", icd("L70.0", "Acne vulgaris"), "2024-09-01")
    c.cond("c-ar", icd("J30.2", "Other seasonal allergic rhinitis"), "2019-04-01")
    dates = ["2026-06-03", "2026-07-22", "2026-09-09", "2026-11-04"]
    for i, d in enumerate(dates, 1):
        e = c.enc(f"e{i}", d + "T15:30:00-04:00", "AMB", ENC_OFFICE, syn if i > 1 else diz, provider=r["org"], practitioner=r["md"])
        c.obs(f"o-sx{i}", cc((SCT, "404640003", "Dizziness"), text="Presyncopal episodes per week (patient diary)"), d,
              (3 + (i % 2), "/wk", "/wk"), cat="survey", enc=e)
        if i == 1:
            e1 = e
        if i == 4:
            e4 = e
    c.obs("o-orth", {"text": "Orthostatic vital signs (10-minute active stand)"}, "2026-07-22", "Supine HR 72, BP 108/66; standing 10 min HR 96, BP 104/68 - rise 24 bpm",
          interp="N", cat="exam", ref_text="Adolescent POTS threshold: sustained rise >= 40 bpm")
    bmi_pct(c, "o-bmi", "2026-11-04", 48, enc=e4)
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-06-05", 13.2, "g/dL", 11.5, 15.5)
    c.lab("o-ferr", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-06-05", 38, "ng/mL", 15, 150)
    c.lab("o-tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-05", 1.7, "u[IU]/mL", 0.5, 4.3, ucum="u[IU]/mL")
    c.lab("o-glu", "2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-06-05", 88, "mg/dL", 70, 99)
    c.lab("o-na", "2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-06-05", 139, "mmol/L", 135, 145)
    c.obs("o-hcg", cc((LN, "2106-3", "Choriogonadotropin (pregnancy) [Presence] in Urine")), "2026-06-03", cc((SCT, "260385009", "Negative")), interp="N")
    c.dr("dr-ecg", cc((LN, "11524-6", "EKG study")), "2026-06-03", conclusion="Normal sinus rhythm 74, PR 140 ms, QRS 84 ms, QTc 412 ms. No pre-excitation. Normal ECG.")
    c.dr("dr-echo", {"text": "Pediatric transthoracic echocardiogram"}, "2026-08-18", conclusion="Structurally normal heart; normal biventricular function; no HCM.")
    c.dr("dr-holter", {"text": "14-day ambulatory ECG patch"}, "2026-09-02", conclusion="Sinus rhythm throughout, HR 52-168. Symptoms logged x6 correlate with sinus rhythm. No arrhythmia.")
    c.dr("dr-eeg", {"text": "Routine EEG"}, "2026-10-14", conclusion="Normal awake and drowsy EEG.")
    c.medreq("m-adap", rx("72291", "adapalene"), "2024-09-01", "Apply thin layer to face nightly")
    c.note("n-card", L_CONSULT, "2026-08-25", r["card"], """
Pediatric cardiology consult: 15F with recurrent presyncope and faints since June. Normal ECG, echo and orthostatic
vitals (HR rise 24). Holter pending. No cardiac cause identified. Advised fluids 2-3 L/day and salt; return to PCP.""", custodian=r["org"])
    c.note("n-md", L_PROGRESS, "2026-11-04", r["md"], """
Adolescent medicine f/u (seen with mom, then alone). Still lightheaded 3-4x/week and fainted twice in Oct (once in
chemistry class). Has missed 9 school days. Drinking 2.5 L/day, added salt. All workup normal: CBC, ferritin, TSH, BMP,
ECG, echo, 14-day monitor, EEG, orthostatics. No diagnosis yet. She says 'everyone tells me I'm fine but I keep passing
out'. Discussed next steps; 504 plan letter given.""", enc=e4, custodian=r["org"])
    return "Presyncope/faints recorded at four visits June-Nov 2026 with entirely normal cardiac, neurological and laboratory workup and no diagnosis."


def psnw_nm_chestpain(c):
    r = us_setup(c, "aya", "cedar", "Elijah Marcus", "Brandt", "male", "2012-05-30", "CR-00502914", "9 Beaverdam Rd", "28804",
                 "NC Medicaid - WellCare", "NCMCD|WellCare of NC", "NC907341126", "2012-06-01",
                 [("md", "Naomi", "Feldstein", "Dr", "1619384027", "MD, adolescent medicine")])
    cp = icd("R07.89", "Other chest pain", "Intermittent left chest pain with exercise")
    c.cond("c-cp", cp, "2026-10-13", recorder=r["md"])
    c.cond("c-adhd", icd("F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type"), "2021-01-15")
    c.cond("c-frac", icd("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture"),
           "2023-06-02", clinical="resolved", abated="2023-07-20")
    for i, d in enumerate(["2026-10-13", "2026-10-27", "2026-11-17"], 1):
        e = c.enc(f"e{i}", d + "T16:00:00-04:00", "AMB", ENC_OFFICE3, cp, provider=r["org"], practitioner=r["md"])
        c.obs(f"o-pain{i}", cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, (3, "{score}"), cat="survey", enc=e)
    c.dr("dr-ecg", cc((LN, "11524-6", "EKG study")), "2026-10-13", conclusion="Normal sinus rhythm, normal intervals, no pre-excitation, no ST changes.")
    c.dr("dr-echo", {"text": "Transthoracic echocardiogram"}, "2026-11-10", conclusion="Normal cardiac anatomy, normal coronary origins, normal function.")
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-13", 14.1, "g/dL", 12.5, 16.1)
    c.bp("o-bp", "2026-11-17", 112, 68)
    bmi_pct(c, "o-bmi", "2026-11-17", 61)
    c.medreq("m-mph", rx("6901", "methylphenidate"), "2021-01-15", "Methylphenidate ER 27 mg by mouth every morning")
    c.sr("sr-sport", {"text": "Sports medicine clinic follow-up (exercise-related chest pain)"}, "2026-11-17", "active", "order",
         occurrence="2026-12-08", requester=r["md"])
    c.note("n-md", L_PROGRESS, "2026-11-17", r["md"], """
14M, 5 weeks of intermittent left chest pain during basketball, 2-3/10, reproducible on palpation of left 4th-5th costal
cartilage, no syncope or palpitations. ECG and echo normal. Stimulant dose unchanged for 2 years. Likely musculoskeletal;
sports medicine f/u 12/8; return sooner if exertional syncope.""", custodian=r["org"])
    return "Chest pain recorded on three dates but only over five weeks (below the 8-week window), workup in progress with follow-up booked."


def dsm_ssd_arthritis(c):
    r = us_setup(c, "aya", "lake", "Ava Sofia", "Marchetti", "female", "2011-06-09", "LS-11820457", "1618 Hinman Ave", "60201",
                 "Aetna Choice POS II (dependent)", "AET-POS|Aetna Choice POS II", "W228104573", "2011-07-01",
                 [("md", "Rebecca", "Stein", "Dr", "1447389201", "MD, adolescent medicine"), ("psy", "Daniel", "Kwon", "Dr", "1912837465", "MD, child and adolescent psychiatry")])
    ssd = c.cond("c-ssd", icd("F45.1", "Undifferentiated somatoform disorder", "Somatic symptom disorder, predominant pain"), "2026-04-14",
                 recorder=r["psy"], note="Diagnosed after normal x-rays and initial labs (Feb 2026); referred for CBT")
    c.cond("c-anx", icd("F41.1", "Generalized anxiety disorder"), "2026-04-14")
    pain = c.cond("c-jp", icd("M25.50", "Pain in unspecified joint", "Polyarthralgia with morning stiffness"), "2026-01-20")
    c.cond("c-knee", icd("M25.461", "Effusion, right knee"), "2026-10-06", recorder=r["md"])
    e1 = c.enc("e1", "2026-04-14T10:00:00-05:00", "AMB", ENC_NEWPT, ssd, provider=r["org"], practitioner=r["psy"])
    e2 = c.enc("e2", "2026-08-11T15:00:00-05:00", "AMB", ENC_OFFICE, pain, provider=r["org"], practitioner=r["md"])
    e3 = c.enc("e3", "2026-10-06T15:00:00-05:00", "AMB", ENC_OFFICE, pain, provider=r["org"], practitioner=r["md"])
    e4 = c.enc("e4", "2026-11-17T15:00:00-06:00", "AMB", ENC_OFFICE, pain, provider=r["org"], practitioner=r["md"])
    c.lab("o-crp0", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-02-03", 0.6, "mg/dL", None, 1.0)
    c.lab("o-crp", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-10-07", 3.8, "mg/dL", None, 1.0, enc=e3)
    c.lab("o-esr", "4537-7", "Erythrocyte sedimentation rate by Westergren method", "2026-10-07", 42, "mm/h", 0, 20, enc=e3, ucum="mm/h")
    c.obs("o-ana", cc((LN, "5048-4", "Nuclear Ab [Titer] in Serum by Immunofluorescence")), "2026-10-07", "1:320 speckled", interp="A", enc=e3,
          ref_text="< 1:80")
    c.lab("o-plt", "777-3", "Platelets [#/volume] in Blood by Automated count", "2026-10-07", 486, "10*3/uL", 150, 400, enc=e3)
    c.obs("o-exam", {"text": "Joint examination"}, "2026-10-06", "Right knee effusion with warmth, limited flexion 110 deg; left wrist swelling and tenderness; morning stiffness ~90 min",
          cat="exam", enc=e3)
    phqa(c, "o-phq1", "2026-04-14", 9, enc=e1)
    phqa(c, "o-phq2", "2026-11-17", 8, enc=e4)
    c.medreq("m-ibu", rx("5640", "ibuprofen"), "2026-02-03", "400 mg by mouth three times daily as needed")
    c.medreq("m-sert", rx("36437", "sertraline"), "2026-05-01", "50 mg by mouth daily", requester=r["psy"])
    c.sr("sr-cbt", cc((CPT, "90837", "Psychotherapy, 60 minutes with patient")), "2026-04-14", "active", "order", reason=ssd, requester=r["psy"],
         note="Pain-focused CBT weekly")
    c.note("n-psy", L_CONSULT, "2026-04-14", r["psy"], """
CONFIDENTIAL - adolescent psychiatry intake. 14F with 3 months of widespread joint pain, school absence and anxiety.
X-rays and labs normal (Feb). Impression: somatic symptom disorder with predominant pain; GAD. Plan: CBT, sertraline.""", enc=e1, custodian=r["org"], security=CONF)
    c.note("n-md", L_PROGRESS, "2026-11-17", r["md"], """
F/u joint pain. Still 90 min morning stiffness, limping, R knee remains swollen and warm (effusion since Oct), L wrist
swollen. CRP 3.8, ESR 42, plt 486, ANA 1:320. Problem list still carries somatic symptom disorder as the explanation
for her pain. Mood improved with CBT/sertraline (PHQ-A 8). Objective synovitis and inflammatory markers are not
explained by SSD. Mom sent portal message asking why knee is 'still puffy'.""", enc=e4, custodian=r["org"])
    return "Somatic symptom disorder (F45.1) label held since April while objective synovitis, raised CRP/ESR and positive ANA develop - findings the label cannot explain."


def mpp_scoliosis(c):
    r = us_setup(c, "aya", "cedar", "Chloe Anne", "Whitaker", "female", "2012-03-11", "CR-00519066", "305 Town Mountain Rd", "28804",
                 "UnitedHealthcare Choice Plus (dependent)", "UHC-CP|Choice Plus", "UHC918273640", "2012-04-01",
                 [("md", "Naomi", "Feldstein", "Dr", "1619384027", "MD, adolescent medicine"), ("ortho", "Marcus", "Delacroix", "Dr", "1366172839", "MD, pediatric orthopaedic spine surgery")])
    ais = c.cond("c-ais", icd("M41.124", "Adolescent idiopathic scoliosis, thoracic region"), "2024-05-20", recorder=r["ortho"],
                 note="Right thoracic curve T5-T12, Cobb 58 deg (Oct 2026), progressed despite bracing; Risser 3")
    c.cond("c-asthma", icd("J45.20", "Mild intermittent asthma, uncomplicated"), "2018-01-01")
    e1 = c.enc("e-ortho", "2026-10-15T09:00:00-04:00", "AMB", ENC_OFFICE, ais, practitioner=r["ortho"])
    e2 = c.enc("e-preop", "2026-11-24T13:00:00-05:00", "AMB", ENC_OFFICE3, ais, provider=r["org"], practitioner=r["md"])
    c.obs("o-cobb1", {"text": "Cobb angle, main thoracic curve"}, "2025-10-09", (44, "deg"), cat="imaging")
    c.obs("o-cobb2", {"text": "Cobb angle, main thoracic curve"}, "2026-10-15", (58, "deg"), cat="imaging", enc=e1)
    c.obs("o-fvc", cc((LN, "19868-9", "FVC")), "2026-11-10", (2.9, "L"), cat="procedure", ref_text="88% predicted")
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-24", 13.4, "g/dL", 11.5, 15.5, enc=e2)
    c.vital("o-ht", "ht", "2026-11-24", 161.5, enc=e2)
    c.vital("o-wt", "wt", "2026-11-24", 50.2, enc=e2)
    bmi_pct(c, "o-bmi", "2026-11-24", 44, enc=e2)
    c.proc("p-brace", {"text": "Thoracolumbosacral orthosis (Boston brace) 18 h/day"}, "completed", period=("2024-06-01", "2026-10-15"), reason=ais)
    c.sr("sr-psf", cc((CPT, "22802", "Arthrodesis, posterior, for spinal deformity, with or without cast; 7 to 12 vertebral segments"),
                      (CPT, "22843", "Posterior segmental instrumentation; 7 to 12 vertebral segments"),
                      text="Posterior spinal fusion with instrumentation T4-L1"), "2026-10-15", "active", "order", occurrence="2027-01-06",
         reason=ais, requester=r["ortho"], category=cc((SCT, "387713003", "Surgical procedure")),
         note="Intraop neuromonitoring; cell saver; expected LOS 3-4 days")
    c.medreq("m-alb", rx("435", "albuterol"), "2018-01-01", "2 puffs every 4 hours as needed")
    c.note("n-ortho", L_CONSULT, "2026-10-15", r["ortho"], """
Spine surgery: 14F AIS, right thoracic curve progressed 44 -> 58 deg despite full-time bracing. Recommended posterior
spinal fusion T4-L1 with pedicle screw instrumentation. Discussed risks (neurologic injury ~1%, infection, bleeding,
implant issues, adjacent segment) and recovery (no sports 6 months). Family wishes to proceed: surgery 1/6/2027.""", enc=e1, custodian=r["org"])
    c.note("n-md", L_PROGRESS, "2026-11-24", r["md"], """
Pre-op medical clearance for PSF 1/6. Mild intermittent asthma, well controlled; PFTs FVC 88%. Hgb 13.4. Anxious about
surgery - spoke with her alone; coping supports discussed. Cleared.""", enc=e2, custodian=r["org"])
    return "Posterior spinal fusion T4-L1 (CPT 22802/22843) ordered for 6 Jan 2027."


def up_anorexia_palliative(c):
    r = us_setup(c, "aya", "lake", "Hannah Louise", "Greer", "female", "2003-07-28", "LS-09912284", "820 Judson Ave Apt 3", "60202",
                 "Illinois Medicaid - Meridian", "MER-MCD|Meridian Medicaid", "MER33018274", "2021-08-01",
                 [("md", "Rebecca", "Stein", "Dr", "1447389201", "MD, adolescent and young adult medicine"), ("psy", "Daniel", "Kwon", "Dr", "1912837465", "MD, psychiatry"),
                  ("sw", "Tamara", "Jennings", "", "1982736450", "LCSW")])
    an = c.cond("c-an", icd("F50.013", "Anorexia nervosa, restricting type, extreme", "Severe and enduring anorexia nervosa, restricting type"), "2016-09-01",
                recorder=r["md"], note="Onset age 13. 7 inpatient admissions, 2 residential programs, 2 ED medical stabilizations.")
    c.cond("c-op", icd("M81.8", "Other osteoporosis without current pathological fracture"), "2022-03-01")
    c.cond("c-mdd", icd("F33.1", "Major depressive disorder, recurrent, moderate"), "2018-01-01")
    e1 = c.enc("e1", "2026-11-18T14:00:00-06:00", "AMB", cc((CPT, "99215", "Office or other outpatient visit, established patient, high MDM"), text="Multidisciplinary family meeting"),
               an, provider=r["org"], practitioner=r["md"])
    for i, (d, b) in enumerate([("2026-06-02", 13.6), ("2026-08-25", 13.3), ("2026-11-18", 13.5)], 1):
        c.vital(f"o-bmi{i}", "bmi", d, b)
    c.obs("o-edeq", {"coding": [{"system": "https://lakeshore-edgh.com/codes/instruments", "code": "EDEQ-GLOBAL", "display": "EDE-Q 6.0 global score"}], "text": "EDE-Q global score"},
          "2026-11-18", (5.1, "{score}"), cat="survey", enc=e1)
    c.vital("o-hr", "hr", "2026-11-18", 44, enc=e1, interp="L")
    c.lab("o-phos", "2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "2026-11-18", 3.1, "mg/dL", 2.5, 4.5)
    c.lab("o-k", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-18", 3.3, "mmol/L", 3.5, 5.1)
    c.medreq("m-olz", rx("61381", "olanzapine"), "2025-01-10", "2.5 mg by mouth at bedtime", requester=r["psy"])
    c.medreq("m-kcl", rx("8591", "potassium chloride"), "2026-08-25", "20 mEq by mouth daily")
    c.medreq("m-mvi", {"text": "Multivitamin with minerals, 1 tablet daily"}, "2022-03-01", "1 tablet daily")
    c.note("n-meet", L_PLAN, "2026-11-18", r["md"], """
CONFIDENTIAL - Multidisciplinary family meeting (patient, parents, Dr Stein, Dr Kwon, T. Jennings LCSW, dietitian).
Hannah, 23, has had restricting anorexia nervosa for ten years, with seven inpatient admissions, two residential
programs and two medical stabilizations; BMI has remained 13-14 for three years. She has capacity and declines further
inpatient or residential care. The team's consensus is that further refeeding admissions are not expected to change
the course of her illness and that curative treatment options have been exhausted. The focus of care has moved to
comfort, quality of life and her own goals (writing, time with her dog). Referral made to the community palliative
care team; outpatient medical monitoring will continue for symptom relief. Parents are distressed and ask whether
anywhere else could help.""", enc=e1, custodian=r["org"], security=CONF)
    c.note("n-sw", L_COUNSEL, "2026-11-20", r["sw"], "Family support call with parents after meeting; bereavement/anticipatory grief resources offered; palliative intake 12/2.",
           custodian=r["org"], security=CONF)
    return "Severe and enduring anorexia nervosa: team note declares treatment options exhausted and refers to palliative care (key facts in the confidential note only); no second opinion."


def hit_rai(c):
    r = us_setup(c, "aya", "cedar", "Isabella Rose", "Navarro", "female", "2009-01-22", "CR-00433871", "77 Merrimon Ave", "28801",
                 "Cigna Open Access Plus (dependent)", "CIGNA-OAP|Open Access Plus", "U48102736", "2009-02-01",
                 [("md", "Naomi", "Feldstein", "Dr", "1619384027", "MD, adolescent medicine"), ("endo", "Priyanka", "Deshmukh", "Dr", "1750394826", "MD, pediatric endocrinology")])
    ptc = c.cond("c-ptc", icd("C73", "Malignant neoplasm of thyroid gland", "Papillary thyroid carcinoma, pT2 N1b"), "2026-09-02", recorder=r["endo"],
                 note="Multifocal classic PTC 2.8 cm with lateral neck nodal metastases (7/31 nodes); no distant disease")
    c.cond("c-hypo", icd("E89.0", "Postprocedural hypothyroidism"), "2026-10-08")
    c.cond("c-hpth", icd("E89.2", "Postprocedural hypoparathyroidism"), "2026-10-08", clinical="resolved", abated="2026-11-05")
    c.proc("p-tt", cc((CPT, "60252", "Thyroidectomy, total or subtotal for malignancy; with limited neck dissection")), "completed", "2026-10-07",
           reason=ptc, outcome="Total thyroidectomy, central and right lateral neck dissection")
    e1 = c.enc("e-endo", "2026-11-19T10:00:00-05:00", "AMB", ENC_OFFICE, ptc, practitioner=r["endo"])
    c.lab("o-tg", "3013-1", "Thyroglobulin [Mass/volume] in Serum or Plasma", "2026-11-12", 4.8, "ng/mL", None, 1.0)
    c.lab("o-tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-11-12", 0.9, "u[IU]/mL", 0.5, 4.3, ucum="u[IU]/mL")
    c.lab("o-ca", "17861-6", "Calcium [Mass/volume] in Serum or Plasma", "2026-11-12", 9.1, "mg/dL", 8.9, 10.4)
    c.medreq("m-levo", rx("10582", "levothyroxine"), "2026-10-09", "125 mcg daily - HOLD from 12/22/2026 for RAI preparation", requester=r["endo"])
    c.sr("sr-rai", cc((CPT, "79005", "Radiopharmaceutical therapy, by oral administration"),
                      text="Radioactive iodine (I-131) remnant ablation / adjuvant therapy 100 mCi"), "2026-11-19", "active", "order",
         occurrence="2027-01-12", reason=ptc, requester=r["endo"], note="Thyroid hormone withdrawal from 12/22; low-iodine diet 2 weeks; inpatient isolation room booked")
    c.medreq("m-rai", {"text": "Sodium iodide I-131 100 mCi oral capsule"}, "2026-11-19", "Single oral dose on 1/12/2027 (nuclear medicine)",
             status="active", intent="order", requester=r["endo"], reason=ptc)
    bmi_pct(c, "o-bmi", "2026-11-19", 57, enc=e1)
    phqa(c, "o-phq", "2026-11-19", 7, enc=e1)
    c.note("n-endo", L_CONSULT, "2026-11-19", r["endo"], """
Pediatric thyroid cancer program: 17F, multifocal PTC with lateral neck (N1b) disease, post total thyroidectomy and neck
dissection 10/7. Stimulated thyroglobulin pending, unstimulated Tg 4.8. ATA pediatric intermediate/high risk ->
recommend I-131 therapy (~100 mCi) 1/12/2027 after levothyroxine withdrawal. Discussed sialadenitis, taste change,
radiation precautions/isolation, avoiding pregnancy 6-12 months, small second-cancer risk.""", enc=e1, custodian=r["org"])
    c.note("n-md", L_PROGRESS, "2026-11-24", r["md"], """
CONFIDENTIAL portion omitted. AYA f/u: coping with diagnosis, missing senior-year events; worried about hypothyroid
weeks before RAI and isolation. School accommodations letter. PHQ-A 7.""", custodian=r["org"], security=CONF)
    return "Radioactive iodine (I-131) therapy ordered for 12 Jan 2027 after thyroidectomy for papillary thyroid cancer - radiotherapy in the high-impact set."


def prc_pcos_portal(c):
    r = us_setup(c, "aya", "lake", "Zoe Alexandra", "Kim", "female", "2009-08-14", "LS-12230918", "2412 Central St", "60201",
                 "BCBS of Illinois PPO (dependent)", "BCBSIL-PPO|Blue Choice PPO", "XOF339201847", "2009-09-01",
                 [("md", "Rebecca", "Stein", "Dr", "1447389201", "MD, adolescent medicine")])
    pcos = c.cond("c-pcos", icd("E28.2", "Polycystic ovarian syndrome"), "2026-07-21", recorder=r["md"])
    c.cond("c-acne", icd("L70.0", "Acne vulgaris"), "2023-01-01")
    c.cond("c-mig", icd("G43.009", "Migraine without aura, not intractable, without status migrainosus"), "2022-05-01")
    e1 = c.enc("e1", "2026-07-21T15:00:00-05:00", "AMB", ENC_OFFICE, pcos, provider=r["org"], practitioner=r["md"])
    e2 = c.enc("e2", "2026-11-10T15:00:00-06:00", "AMB", ENC_OFFICE3, pcos, provider=r["org"], practitioner=r["md"])
    c.lab("o-t", "2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "2026-07-10", 68, "ng/dL", 10, 55)
    c.lab("o-shbg", "13967-5", "Sex hormone binding globulin [Moles/volume] in Serum or Plasma", "2026-07-10", 21, "nmol/L", 30, 135)
    c.lab("o-lh", "10501-5", "Lutropin [Units/volume] in Serum or Plasma", "2026-07-10", 14.2, "m[IU]/mL", 2.4, 12.6, ucum="m[IU]/mL")
    c.lab("o-a1c", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-07-10", 5.3, "%", 4.0, 5.6)
    c.lab("o-17oh", "1668-3", "17-Hydroxyprogesterone [Mass/volume] in Serum or Plasma", "2026-07-10", 62, "ng/dL", None, 200)
    c.lab("o-prl", "2842-3", "Prolactin [Mass/volume] in Serum or Plasma", "2026-07-10", 11, "ng/mL", 4.8, 23.3)
    c.dr("dr-us", {"text": "Pelvic ultrasound (transabdominal)"}, "2026-07-14", conclusion="Both ovaries enlarged (12 and 13 mL) with multiple peripheral follicles. Uterus normal.")
    bmi_pct(c, "o-bmi", "2026-11-10", 81, enc=e2)
    phqa(c, "o-phq", "2026-11-10", 6, enc=e2)
    c.medreq("m-coc", rx("748879", "drospirenone 3 MG / ethinyl estradiol 0.02 MG Oral Tablet"), "2026-07-21", "1 tablet daily", reason=pcos)
    c.medreq("m-spiro", rx("9997", "spironolactone"), "2026-11-10", "50 mg daily", reason=pcos)
    c.note("n-md", L_PROGRESS, "2026-11-10", r["md"], """
CONFIDENTIAL (seen alone). PCOS f/u: cycles now regular on COC, acne improving, hirsutism bothersome -> add
spironolactone. Zoe feels the diagnosis was 'rushed' and that her heavy painful periods before starting the pill were
not addressed. Discussed; she may message with questions.""", enc=e2, custodian=r["org"], security=CONF)
    c.comm("cm-pt", "2026-11-19T21:47:00-06:00", c.pref, r["md"],
           "Hi Dr. Stein, I've been thinking since my appointment. I don't really feel like anyone listened about my periods and I'm not sure PCOS is the whole story. Can I get a second opinion from a gynecologist or someone else? I'd like to go without my parents if that's allowed. - Zoe",
           category={"text": "Patient portal message (confidential)"}, medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data")),
           topic="Second opinion")
    return "Confidential patient-portal message from the 17-year-old asking for a second opinion about her PCOS diagnosis."


def prc_nm_gender_no(c):
    r = us_setup(c, "aya", "lake", "Rowan Elliot", "Sandoval", "male", "2010-04-02", "LS-12874410", "1100 Dempster St", "60202",
                 "BCBS of Illinois PPO (dependent)", "BCBSIL-PPO|Blue Choice PPO", "XOF339277103", "2010-05-01",
                 [("md", "Rebecca", "Stein", "Dr", "1447389201", "MD, adolescent medicine"), ("psy", "Alicia", "Moreno", "Dr", "1639201845", "PsyD, psychology")],
                 extra={"extension": [{"url": BIRTHSEX, "valueCode": "F"}]})
    gd = c.cond("c-gd", icd("F64.0", "Transsexualism", "Gender dysphoria in adolescent"), "2024-11-12", recorder=r["psy"])
    c.cond("c-anx", icd("F41.1", "Generalized anxiety disorder"), "2023-02-01")
    c.cond("c-dys", icd("N94.6", "Dysmenorrhea, unspecified"), "2023-06-01", clinical="resolved", abated="2025-03-01")
    e1 = c.enc("e1", "2026-11-12T16:00:00-06:00", "AMB", ENC_OFFICE, gd, provider=r["org"], practitioner=r["md"])
    e0 = c.enc("e0", "2026-06-09T16:00:00-05:00", "AMB", ENC_OFFICE, gd, provider=r["org"], practitioner=r["md"])
    phqa(c, "o-phq1", "2026-06-09", 7, enc=e0)
    phqa(c, "o-phq2", "2026-11-12", 6, enc=e1)
    c.obs("o-gad", cc((LN, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-11-12", 8, cat="survey", enc=e1)
    bmi_pct(c, "o-bmi", "2026-11-12", 55, enc=e1)
    c.vital("o-ht", "ht", "2026-11-12", 163.0, enc=e1)
    c.medreq("m-nor", rx("7514", "norethindrone"), "2025-03-01", "Norethindrone acetate 5 mg daily (menstrual suppression)", reason=gd)
    c.medreq("m-flx", rx("4493", "fluoxetine"), "2023-03-01", "20 mg daily")
    c.add("QuestionnaireResponse", "qr", {
        "questionnaire": "https://lakeshore-edgh.com/fhir/Questionnaire/annual-checkin-aya-v2", "status": "completed",
        "subject": c.subj, "authored": "2026-11-12T15:41:00-06:00", "author": c.subj, "source": c.subj, "encounter": {"reference": e1},
        "item": [
            {"linkId": "q1", "text": "Do you feel your care team listens to you?", "answer": [{"valueCoding": {"system": LN, "code": "LA33-6", "display": "Yes"}}]},
            {"linkId": "q2", "text": "Would you like a second opinion or referral to another clinician about your diagnosis or treatment plan?",
             "answer": [{"valueCoding": {"system": LN, "code": "LA32-8", "display": "No"}}]},
            {"linkId": "q3", "text": "Anything else you want us to know?", "answer": [{"valueString": "I'm doing ok. School is better this year."}]},
        ]})
    c.note("n-md", L_PROGRESS, "2026-11-12", r["md"], """
CONFIDENTIAL. 16 y/o transgender male (he/him), seen alone then with mother. Menstrual suppression effective. Anxiety
improved (GAD-7 8, PHQ-A 6). Continues therapy with Dr Moreno. Family supportive. Discussed options and timelines for
future care; no changes today. Annual check-in questionnaire completed: feels listened to, declines second opinion.""", enc=e1, custodian=r["org"], security=CONF)
    return "Patient-completed questionnaire answers 'No' to wanting a second opinion; no other patient request."


def wdt_phqa(c):
    r = us_setup(c, "aya", "cedar", "Tyler James", "Okonkwo", "male", "2010-09-18", "CR-00466120", "58 Kimberly Ave", "28804",
                 "NC State Health Plan (dependent)", "SHP-8020|State Health Plan 80/20", "NCS772018345", "2010-10-01",
                 [("md", "Naomi", "Feldstein", "Dr", "1619384027", "MD, adolescent medicine"), ("th", "Leah", "Brennan", "", "1184920375", "LCSW, therapist")])
    mdd = c.cond("c-mdd", icd("F32.1", "Major depressive disorder, single episode, moderate"), "2026-04-08", recorder=r["md"])
    c.cond("c-asth", icd("J45.20", "Mild intermittent asthma, uncomplicated"), "2016-01-01")
    for i, (d, v) in enumerate([("2026-05-06", 12), ("2026-06-17", 13), ("2026-08-12", 16), ("2026-09-23", 18), ("2026-11-18", 21)], 1):
        e = c.enc(f"e{i}", d + "T16:00:00-04:00", "AMB", ENC_OFFICE, mdd, provider=r["org"], practitioner=r["md"])
        phqa(c, f"o-phq{i}", d, v, enc=e)
    c.medreq("m-flx", rx("4493", "fluoxetine"), "2026-04-08", "20 mg daily x4 weeks then 40 mg daily (increased 5/6/2026)", requester=r["md"], reason=mdd)
    c.sr("sr-cbt", cc((CPT, "90837", "Psychotherapy, 60 minutes with patient"), text="Weekly CBT for adolescent depression"), "2026-04-08",
         "active", "order", reason=mdd, performer=r["th"], requester=r["md"])
    c.obs("o-cssrs", {"text": "Columbia Suicide Severity Rating Scale (screen)"}, "2026-11-18", "Passive ideation, no plan or intent - low risk", cat="survey")
    bmi_pct(c, "o-bmi", "2026-11-18", 39)
    c.note("n-th", L_PROGRESS, "2026-11-11", r["th"], """
CONFIDENTIAL. CBT session 27 (weekly since April, attendance 26/29). Engaged but mood lower, withdrawn from friends and
swim team, sleep poor. Homework partially completed.""", custodian=r["org"], security=CONF)
    c.note("n-md", L_PROGRESS, "2026-11-18", r["md"], """
CONFIDENTIAL. Depression f/u. PHQ-A 21 (12 in May, 16 Aug) despite fluoxetine 40 mg since May (adherence confirmed by
pt and parent, pharmacy fills on time) and weekly CBT since April. Passive SI, no plan; safety plan updated, means
restriction counselled. Grades falling. Discussed next steps.""", custodian=r["org"], security=CONF)
    return "PHQ-A rose 12 -> 21 over six months while on fluoxetine 40 mg and weekly CBT throughout."


def rcc_turner(c):
    r = us_setup(c, "aya", "cedar", "Lily Katherine", "Sorensen", "female", "2011-10-05", "CR-00472205", "13 Lakeshore Dr", "28804",
                 "Aetna Open Access (dependent)", "AET-OA|Aetna Open Access", "W551928374", "2011-11-01",
                 [("md", "Naomi", "Feldstein", "Dr", "1619384027", "MD, adolescent medicine"), ("endo", "Priyanka", "Deshmukh", "Dr", "1750394826", "MD, pediatric endocrinology")])
    ts = c.cond("c-ts", icd("Q96.0", "Karyotype 45, X"), "2018-03-12", recorder=r["endo"], note="Turner syndrome, 45,X on peripheral karyotype")
    c.cond("c-bav", icd("Q23.1", "Congenital insufficiency of aortic valve", "Bicuspid aortic valve"), "2018-04-02")
    c.cond("c-hashi", icd("E06.3", "Autoimmune thyroiditis"), "2024-02-01")
    c.cond("c-om", icd("H66.90", "Otitis media, unspecified, unspecified ear"), "2019-01-01", clinical="resolved", abated="2019-02-01")
    e1 = c.enc("e1", "2026-11-09T10:00:00-05:00", "AMB", ENC_OFFICE, ts, practitioner=r["endo"])
    c.vital("o-ht", "ht", "2026-11-09", 146.2, enc=e1)
    c.obs("o-htp", cc((LN, "8303-0", "Body height [Percentile]"), text="Height-for-age percentile (CDC)"), "2026-11-09", (1, "%"), cat="vital-signs", enc=e1,
          note="50th percentile on Turner-specific growth chart")
    bmi_pct(c, "o-bmi", "2026-11-09", 66, enc=e1)
    c.lab("o-igf", "2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma", "2026-11-02", 310, "ng/mL", 183, 850)
    c.lab("o-tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-11-02", 2.4, "u[IU]/mL", 0.5, 4.3, ucum="u[IU]/mL")
    c.dr("dr-mri", {"text": "Cardiac MRI"}, "2026-06-20", conclusion="Bicuspid aortic valve, mild AR. Ascending aorta 2.3 cm (ASI 1.7 cm/m2). No coarctation.")
    c.medreq("m-gh", {"text": "somatropin (Norditropin FlexPro) 10 mg/1.5 mL pen"}, "2018-06-01", "1.6 mg SC nightly", requester=r["endo"], reason=ts)
    c.medreq("m-e2", rx("4083", "estradiol"), "2025-09-01", "Transdermal estradiol 25 mcg/day patch twice weekly (pubertal induction)", requester=r["endo"], reason=ts)
    c.medreq("m-levo", rx("10582", "levothyroxine"), "2024-02-01", "50 mcg daily")
    c.note("n-endo", L_CONSULT, "2026-11-09", r["endo"], """
Turner syndrome clinic (45,X). Growth: 146.2 cm on GH, near-final-height discussion. Pubertal induction with transdermal
estradiol since 9/2025, Tanner B3. Cardiac MRI stable BAV, no dilation. Audiology annual, mild SNHL. Thyroid stable.
Transition planning to adult Turner clinic at 18. Coordination with cardiology, audiology, gynecology.""", enc=e1, custodian=r["org"])
    return "Turner syndrome (45,X; ICD-10-CM Q96.0) - a rare chromosomal condition with multisystem follow-up."


def rcc_nm_osgood(c):
    r = us_setup(c, "aya", "cedar", "Noah Alexander", "Reyes", "male", "2013-01-14", "CR-00538812", "207 Haywood Rd", "28806",
                 "NC Medicaid - AmeriHealth Caritas", "NCMCD|AmeriHealth Caritas NC", "NC118820473", "2013-02-01",
                 [("md", "Naomi", "Feldstein", "Dr", "1619384027", "MD, adolescent medicine")])
    osd = c.cond("c-osd", icd("M92.521", "Juvenile osteochondrosis of tibia tubercle, right leg", "Osgood-Schlatter disease, right knee"), "2026-09-15", recorder=r["md"])
    c.cond("c-asth", icd("J45.20", "Mild intermittent asthma, uncomplicated"), "2018-01-01")
    c.cond("c-ar", icd("J30.2", "Other seasonal allergic rhinitis"), "2019-01-01")
    c.cond("c-warts", icd("B07.0", "Plantar wart"), "2025-02-01", clinical="resolved", abated="2025-06-01")
    e1 = c.enc("e1", "2026-09-15T16:00:00-04:00", "AMB", ENC_OFFICE3, osd, provider=r["org"], practitioner=r["md"])
    e2 = c.enc("e2", "2026-11-10T16:00:00-05:00", "AMB", ENC_OFFICE3, osd, provider=r["org"], practitioner=r["md"])
    c.dr("dr-xr", {"text": "XR right knee 3 views"}, "2026-09-15", conclusion="Fragmentation of the tibial tubercle apophysis with overlying soft-tissue swelling, consistent with Osgood-Schlatter. Otherwise normal.")
    c.obs("o-pain1", cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-09-15", (5, "{score}"), cat="survey", enc=e1)
    c.obs("o-pain2", cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-10", (2, "{score}"), cat="survey", enc=e2)
    c.vital("o-ht", "ht", "2026-11-10", 158.0, enc=e2)
    bmi_pct(c, "o-bmi", "2026-11-10", 52, enc=e2)
    c.medreq("m-nap", rx("7258", "naproxen"), "2026-09-15", "220 mg by mouth twice daily as needed after sport")
    c.medreq("m-alb", rx("435", "albuterol"), "2018-01-01", "2 puffs 15 min before exercise and as needed")
    c.sr("sr-pt", {"text": "Physical therapy - quadriceps/hamstring flexibility program"}, "2026-09-15", "completed", "order", reason=osd)
    c.note("n-md", L_PROGRESS, "2026-11-10", r["md"], """
13M soccer player, R Osgood-Schlatter, improving after 6 weeks PT and activity modification. Pain 2/10. Common,
self-limiting apophysitis of growth spurt; expect resolution with skeletal maturity. Return to full play as tolerated.""", enc=e2, custodian=r["org"])
    return "Osgood-Schlatter disease - a common, self-limiting adolescent apophysitis, plus mild asthma and hay fever."


AYA_CASES = [
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", psnw_syncope, []),
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", psnw_nm_chestpain, []),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", dsm_ssd_arthritis, []),
    ("MAJOR_PROCEDURE_PLANNED", "positive", mpp_scoliosis, []),
    ("UNTREATABLE_PROGNOSIS", "positive", up_anorexia_palliative, []),
    ("HIGH_IMPACT_TREATMENT", "positive", hit_rai, []),
    ("PATIENT_REPORTED_CONCERN", "positive", prc_pcos_portal, []),
    ("PATIENT_REPORTED_CONCERN", "near-miss", prc_nm_gender_no, []),
    ("WORSENING_DESPITE_TREATMENT", "positive", wdt_phqa, []),
    ("RARE_OR_COMPLEX_CONDITION", "positive", rcc_turner, []),
    ("RARE_OR_COMPLEX_CONDITION", "near-miss", rcc_nm_osgood, []),
]
