"""Cases: high-impact treatment, patient-reported concern, worsening despite treatment, rare/complex."""
from fhirkit import *
from cases_a import case, sym, HTN, HLD, T2D, RXN, ATCc, IT_HTN, IT_DISL, SPEC  # noqa: F401


def score(c, code, date, v, enc=None, text=None, note=None, rng=None):
    return c.obs(code if isinstance(code, dict) else cc(code, text=text), date, v, cat="survey", enc=enc, note=note,
                 range_text=rng)


# ------------------------------------------------------------------ HIGH_IMPACT_TREATMENT
@case("IT", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Adjuvant oxaliplatin-based chemotherapy (FOLFOX) started in November 2026 after sigmoid resection for stage III "
      "colon cancer, two cycles given.",
      "Adenocarcinoma del sigma pT3N1: chemioterapia adiuvante FOLFOX avviata a novembre.")
def hi_pos_folfox(c):
    c.setup("Roberto", "Esposito", "male", "1964-08-25", [("onco", "Ilaria", "Gentile", "Oncologia medica"),
                                                         ("chir", "Matteo", "Orlandi", "Chirurgia generale")], ident="SPSRRT64M25A390W")
    ca = c.cond("Adenocarcinoma del sigma pT3 N1b M0, stadio IIIB", ((I9, "153.3", "Tumori maligni del sigma"),
                (I10, "C18.7", "Tumore maligno del colon sigmoideo")), "2026-08-20", stage="pT3 N1b (2/18) M0 - IIIB")
    c.cond("Ipertensione arteriosa", IT_HTN, "2015-01-01")
    c.med("MedicationStatement", ATCc("C09AA05", "ramipril", "Ramipril 2,5 mg"), "2015-01-01", dose="1 cpr/die")
    e1 = c.enc("2026-09-09", "Ricovero chirurgico", "IMP", end="2026-09-15", pr="chir")
    c.proc(cc((I9, "45.76", "Sigmoidectomia"), text="Sigmoidectomia laparoscopica con linfoadenectomia"), "completed",
           "2026-09-10", pr="chir", enc=e1, reason=cc(text="adenocarcinoma del sigma"))
    c.report("2026-09-18", cc((LNC, "66117-3", "Pathology report"), text="Esame istologico definitivo"),
             "Adenocarcinoma del sigma G2, pT3 N1b (2/18), margini indenni, MSS.", cat=("SP", "Surgical Pathology"))
    e2 = c.enc("2026-10-20", "Visita oncologica", pr="onco")
    c.note("2026-10-20", "Referto visita oncologica",
           "Indicazione a chemioterapia adiuvante secondo schema FOLFOX-6 modificato per 6 mesi (12 cicli). "
           "Discussi effetti collaterali: neuropatia periferica, astenia, nausea. Posizionamento di PICC-port.\n"
           "English summary: adjuvant FOLFOX x 6 months planned.", enc=e2, author="onco")
    c.proc(cc((I9, "86.07", "Inserzione di dispositivo di accesso vascolare totalmente impiantabile"), text="Impianto PICC-port"),
           "completed", "2026-11-05", pr="chir")
    c.panel("2026-11-09", "Esami pre-ciclo", [("hbm", 13.2), ("neut", 3.9), ("plt", 245), ("crea", 0.9), ("bili", 0.6), ("cea", 2.1)])
    c.careplan("Chemioterapia adiuvante FOLFOX-6m", cc((SCT, "367336001", "Chemotherapy"), text="Chemioterapia"), "2026-11-10",
               addresses=[ca], pr="onco", acts=[(cc(text="FOLFOX-6m ogni 14 giorni x 12"), "in-progress", "cicli 1-2 eseguiti")])
    for rx, nm, txt, ds in (("L01XA03", "oxaliplatin", "Oxaliplatino", "85 mg/m2 ev g1"),
                            ("L01BC02", "fluorouracil", "5-Fluorouracile", "400 mg/m2 bolo + 2400 mg/m2 in 46 h"),
                            ("V03AF03", "calcium folinate", "Acido folinico", "400 mg/m2 ev g1")):
        c.med("MedicationRequest", ATCc(rx, nm, txt), "2026-11-02", dose=ds, pr="onco", enc=e2)
    for d in ("2026-11-10", "2026-11-24"):
        e = c.enc(d, "Day hospital oncologico", pr="onco")
        c.med("MedicationAdministration", ATCc("L01XA03", "oxaliplatin", "Oxaliplatino"), d, status="completed",
              dose="170 mg ev in 2 ore", pr="onco", enc=e)
    c.vitals("2026-11-24", 128, 78, 76, 79, enc=e)


@case("CARD", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Maintenance haemodialysis (three times weekly) started in October 2026 for cardiorenal syndrome with end-stage "
      "kidney disease.",
      "Cardiorenal syndrome; in-centre hemodialysis started October 2026.")
def hi_pos_dialysis(c):
    c.setup("Thomas Earl", "Greene", "male", "1955-02-02", [("hf", "Olivia", "Park", "Heart failure cardiology"),
                                                           ("neph", "Rahul", "Mehta", "Nephrology")])
    dc = c.ext_org("Riverside Dialysis Center", "dialysis")
    hf = c.cond("Heart failure with reduced ejection fraction", ((SCT, "703272007", "Heart failure with reduced ejection fraction"),
                (I10CM, "I50.22", "Chronic systolic (congestive) heart failure")), "2019-01-01")
    esrd = c.cond("End-stage renal disease, cardiorenal syndrome", ((SCT, "46177005", "End-stage renal disease"),
                  (I10CM, "N18.6", "End stage renal disease")), "2026-10-01")
    c.cond("Hypertension", HTN, "2005-01-01")
    c.panel("2026-09-28", "Renal panel", [("crea", 6.4), ("egfr", 9), ("k", 5.8), ("hbm", 9.8), ("na", 133)],
            conclusion="Advanced renal failure, hyperkalemia.")
    e1 = c.enc("2026-09-28", "Cardiology-nephrology joint clinic", pr="hf")
    c.vitals("2026-09-28", 104, 62, 84, 92, enc=e1)
    c.note("2026-09-28", "Joint cardiorenal clinic",
           "Progressive renal failure despite diuretic optimization; uremic symptoms, volume overload. "
           "Decision with patient to start maintenance hemodialysis. Tunneled HD catheter 10/10, first session 10/14.",
           enc=e1, author="neph")
    c.proc(cc((CPT, "36558", "Insertion of tunneled centrally inserted central venous catheter, without subcutaneous port or pump; age 5 years or older"),
              text="Tunneled hemodialysis catheter placement"), "completed", "2026-10-10", pr="neph")
    c.careplan("Maintenance hemodialysis", cc((SCT, "108241001", "Dialysis procedure"), text="Hemodialysis"), "2026-10-14",
               addresses=[esrd], pr="neph",
               acts=[(cc((CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional")),
                      "in-progress", "In-center HD Mon/Wed/Fri, 4 h")])
    for d in ("2026-10-14", "2026-11-16", "2026-11-27"):
        c.proc(cc((CPT, "90935", "Hemodialysis procedure with single evaluation"), text="Hemodialysis session"),
               "completed", d, pr="neph", note="UF 2.5 L, tolerated")
    for rx, nm, ds in (("19484", "bisoprolol", "2.5 mg daily"), ("1656339", "sacubitril / valsartan", "24/26 mg BID"),
                       ("8687", "sevelamer", "800 mg TID with meals")):
        c.med("MedicationStatement", RXN(rx, nm), "2026-10-14", dose=ds)
    e2 = c.enc("2026-11-20", "Heart failure clinic", pr="hf")
    c.vitals("2026-11-20", 112, 66, 76, 86, enc=e2)
    c.note("2026-11-20", "HF clinic note", "Now on HD MWF. Fatigue post-dialysis, lost job, struggling with schedule. Euvolemic. "
           "Continue GDMT at tolerated doses.", enc=e2, author="hf")


@case("TELE", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "After androgen-deprivation therapy began in May 2026, the EORTC QLQ-C30 global health score fell from 75 to "
      "41.7, well beyond the ~10-point minimal important difference.",
      "ADT (leuprolide) started May; QLQ-C30 global health 75 -> 58 -> 42.")
def hi_pos_adt_qol(c):
    c.setup("Curtis", "Bell", "male", "1953-10-30", [("pcp", "Monica", "Reyes", "Internal medicine physician"),
                                                    ("uro", "Allen", "Price", "Urology (outside)")], city="Omaha")
    pc = c.cond("Prostate adenocarcinoma, biochemical recurrence after prostatectomy (2019)",
                ((SCT, "399068003", "Malignant tumor of prostate"), (I10CM, "C61", "Malignant neoplasm of prostate")), "2019-03-01")
    c.cond("Hypertension", HTN, "2010-01-01")
    c.med("MedicationStatement", RXN("17767", "amlodipine"), "2010-01-01", dose="5 mg daily")
    c.med("MedicationStatement", RXN("42375", "leuprolide"), "2026-05-06", dose="22.5 mg IM every 3 months (outside urology)",
          reason=cc(text="rising PSA after prostatectomy"))
    for d in ("2026-05-06", "2026-08-05", "2026-11-04"):
        c.med("MedicationAdministration", RXN("42375", "leuprolide"), d, status="completed", dose="22.5 mg IM")
    for d, v in (("2026-04-20", 2.8), ("2026-08-01", 0.3), ("2026-11-01", 0.1)):
        c.lab("psa", d, v, lo=None, hi=0.2)
    qlq = (c.o["local"] + "pro", "QLQC30-GHS", "EORTC QLQ-C30 global health status/QoL (0-100)")
    for d, v in (("2026-04-28", 75.0), ("2026-08-10", 58.3), ("2026-11-12", 41.7)):
        c.obs(cc(qlq, text="EORTC QLQ-C30 global health status"), d, v, "{score}", cat="survey",
              note="Patient-completed via portal; higher = better")
    c.msg("2026-09-02", "The hot flashes are constant, I'm wiped out by noon and honestly feel down most days since the shot.",
          recipient=c.pr["pcp"])
    e1 = c.enc("2026-09-05", "Video visit", "VR", pr="pcp")
    c.note("2026-09-05", "Video visit", "ADT side effects: vasomotor sx, fatigue, low mood, loss of libido. PHQ-2 positive. "
           "Discussed with urology; ADT to continue at least 18 months.", enc=e1, author="pcp")
    e2 = c.enc("2026-11-14", "Video visit", "VR", pr="pcp")
    c.vitals("2026-11-14", 134, 80, 72, 97, enc=e2)
    c.note("2026-11-14", "Video visit", "QoL scores continue to drop (global health 42). Gained 5 kg. Referred to exercise program, "
           "started venlafaxine for hot flashes.", enc=e2, author="pcp")
    c.med("MedicationRequest", RXN("39786", "venlafaxine"), "2026-11-14", dose="37.5 mg daily", pr="pcp", enc=e2)


@case("PED", "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "PedsQL parent-proxy total moved 79 -> 81 -> 77 after methylphenidate was started, a change below the ~4.5-point "
      "minimal important difference, and stimulant treatment is not a severe-impact therapy.",
      "ADHD on methylphenidate; PedsQL essentially unchanged (79 -> 77).")
def hi_nm_adhd(c):
    c.setup("Liam", "O'Connor", "male", "2017-09-12", [("dev", "Sara", "Nguyen", "Developmental-behavioral pediatrics")])
    mom = c.add({"resourceType": "RelatedPerson", "patient": {"reference": c.pt},
                 "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"))],
                 "name": [{"family": "O'Connor", "given": ["Siobhan"]}]}, "rp-mother")
    adhd = c.cond("ADHD, combined presentation", ((SCT, "406506008", "Attention deficit hyperactivity disorder"),
                  (I10CM, "F90.2", "Attention-deficit hyperactivity disorder, combined type")), "2026-04-15", recorder="dev")
    c.med("MedicationRequest", RXN("6901", "methylphenidate"), "2026-06-01", dose="extended-release 18 mg every morning", pr="dev",
          reason=cc(text="ADHD"))
    pq = (LNC, "LP-PEDSQL", None)
    for d, v in (("2026-05-20", 79), ("2026-08-25", 81), ("2026-11-10", 77)):
        e = c.enc(d, "Developmental pediatrics follow-up", pr="dev")
        c.vitals(d, 102, 64, 84 if d > "2026-06" else 80, 26.0 if d < "2026-08" else 25.8, enc=e, ht=128 if d < "2026-08" else 129.5)
        c.obs(cc((c.o["local"] + "pro", "PEDSQL-TOT-P", "PedsQL 4.0 Generic Core total score, parent proxy (0-100)"),
                 text="PedsQL parent proxy total"), d, v, "{score}", cat="survey", enc=e)
    c.qr("2026-11-10", "vanderbilt-parent-followup",
         [("inatt", "Inattention items scored 2-3 (count)", 4), ("hyper", "Hyperactivity items scored 2-3 (count)", 3),
          ("perf", "Overall school performance", "Above average / average")], author=mom)
    c.note("2026-11-10", "Follow-up note", "Good response to methylphenidate ER 18 mg. Teacher reports better focus. Appetite mildly "
           "reduced at lunch, weight stable. PedsQL stable. Continue current dose.", author="dev")
    c.panel("2026-05-20", "Baseline CBC", [("hb", 12.9, 11.5, 15.5), ("ferrped", 38)])


@case("IT", "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "Breast-conserving surgery, radiotherapy and endocrine therapy were completed years ago (2019-2025); the patient "
      "is in survivorship follow-up with no current or planned high-impact treatment.",
      "Carcinoma mammario 2019: quadrantectomia e radioterapia completate, follow-up annuale negativo.")
def hi_nm_survivor(c):
    c.setup("Giulia", "Romano", "female", "1966-05-17", [("onco", "Beatrice", "Leone", "Oncologia medica - senologia"),
                                                        ("rad", "Tommaso", "Riva", "Radiologia")], ident="RMNGLI66E57A390H")
    ca = c.cond("Carcinoma duttale infiltrante mammella sinistra, pT1c N0, in follow-up",
                ((I9, "V10.3", "Anamnesi personale di tumore maligno della mammella"),
                 (I10, "Z85.3", "Anamnesi personale di tumore maligno della mammella")), "2019-02-14", status="remission")
    c.cond("Osteopenia", ((I9, "733.90", "Disturbo della densita' ossea"), (I10, "M85.8", "Altre alterazioni specificate della densita' ossea")), "2023-01-01")
    c.proc(cc((I9, "85.21", "Asportazione locale di lesione della mammella"), text="Quadrantectomia sinistra + biopsia linfonodo sentinella"),
           "completed", "2019-03-05")
    c.proc(cc((I9, "92.24", "Teleradioterapia con fotoni"), text="Radioterapia sulla mammella residua 50 Gy/25 fr"), "completed", "2019-06-10",
           note="Completata 2019-07-15")
    c.med("MedicationStatement", ATCc("L02BG04", "letrozole", "Letrozolo 2,5 mg"), "2019-08-01", status="completed", end="2025-01-31",
          dose="1 cpr/die per 5 anni")
    c.med("MedicationStatement", cc((ATC, "A12AX", "calcium, combinations with vitamin D"), text="Calcio carbonato + colecalciferolo"),
          "2023-01-01", dose="1 bustina/die")
    c.report("2026-10-08", cc((c.o["local"] + "rad", "MX-BIL", "Mammografia bilaterale"), text="Mammografia bilaterale + ecografia"),
             "Esiti chirurgici stabili a sinistra. Nessuna lesione sospetta. BI-RADS 2.", performer="rad")
    e1 = c.enc("2026-10-20", "Visita di follow-up oncologico", pr="onco")
    c.vitals("2026-10-20", 124, 76, 70, 63, enc=e1)
    c.panel("2026-10-15", "Esami di follow-up", [("hb", 13.6), ("alt", 19), ("ca", 9.4), ("crea", 0.7), ("glu", 90)], enc=e1)
    c.note("2026-10-20", "Referto follow-up senologico",
           "Libera da malattia a 7 anni dalla diagnosi. Terapia ormonale completata a gennaio 2025. Mammografia BI-RADS 2. "
           "Nessuna terapia oncologica in corso. Prossimo controllo tra 12 mesi.\n"
           "English summary: disease-free 7 years after breast cancer, treatment completed, annual follow-up.", enc=e1, author="onco")


# ------------------------------------------------------------------ PATIENT_REPORTED_CONCERN
@case("TELE", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Portal message from the patient explicitly asking for a second opinion on her seronegative rheumatoid arthritis "
      "diagnosis before starting methotrexate and saying she did not feel listened to.",
      "Portal message: 'I'd like a second opinion on the RA diagnosis before methotrexate'.")
def pc_pos_ra(c):
    c.setup("Megan", "Li", "female", "1984-01-09", [("pcp", "Jordan", "Hale", "Family medicine physician"),
                                                   ("rheum", "Frances", "Oyelaran", "Rheumatology (outside)")], city="Madison")
    ra = c.cond("Rheumatoid arthritis, seronegative", ((I10CM, "M06.9", "Rheumatoid arthritis, unspecified"),), "2026-09-22",
                note="Diagnosed by outside rheumatology.")
    c.cond("Migraine without aura", ((SCT, "56097005", "Migraine without aura"),), "2008-01-01")
    c.med("MedicationStatement", RXN("37418", "sumatriptan"), "2008-01-01", dose="50 mg prn")
    c.panel("2026-08-30", "Inflammatory arthritis panel", [("crp", 9), ("esr", 24), ("hb", 12.8), ("alt", 18), ("crea", 0.7)])
    c.obs(cc((LNC, "11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma"), text="Rheumatoid factor"), "2026-08-30",
          8, "[IU]/mL", None, 14)
    c.obs(cc((LNC, "53027-9", "Cyclic citrullinated peptide Ab [Units/volume] in Serum by Immunoassay"), text="Anti-CCP"), "2026-08-30",
          3, "U/mL", None, 20)
    e1 = c.enc("2026-08-26", "Video visit", "VR", pr="pcp", reason="hand joint pain and morning stiffness")
    c.note("2026-08-26", "Video visit", "6 wks of bilateral MCP/PIP pain, 45 min morning stiffness. Labs + rheum referral.", enc=e1, author="pcp")
    c.note("2026-09-22", "Outside rheumatology consult (received)",
           "Symmetric small-joint synovitis, RF/CCP negative, CRP 9. Working diagnosis seronegative RA. Start methotrexate 15 mg weekly "
           "with folic acid; hydroxychloroquine alternative discussed.", author="rheum",
           typ=cc((LNC, "11488-4", "Consult note"), text="Consult note"))
    c.med("MedicationRequest", RXN("6851", "methotrexate"), "2026-09-22", status="on-hold", dose="15 mg weekly", pr="rheum",
          note="Patient has not started; wants to discuss.")
    m1 = c.msg("2026-11-12", "Hi Dr. Hale - I'd like a second opinion on the rheumatoid arthritis diagnosis before I start methotrexate. "
               "My blood work was negative and the rheumatologist spent 10 minutes with me. I don't feel like anyone really listened. "
               "Can you refer me to someone else?", recipient=c.pr["pcp"], topic="Request for second opinion")
    c.msg("2026-11-13", "Understood - happy to help. I'll set up a video visit to discuss referral options.", sender=c.pr["pcp"],
          recipient=c.pt, reply_to=m1)
    e2 = c.enc("2026-11-18", "Video visit", "VR", pr="pcp")
    c.vitals("2026-11-18", 116, 74, 68, 64, enc=e2)


@case("PED", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Parent experience questionnaire answered 'No' to feeling their concerns were addressed and 'Yes' to wanting "
      "another team to review their child's autism diagnosis (second opinion).",
      "Parent questionnaire: concerns not addressed; requests second opinion on ASD diagnosis.")
def pc_pos_asd(c):
    c.setup("Olivia", "Brown", "female", "2020-02-18", [("dev", "Henry", "Ward", "Developmental-behavioral pediatrics"),
                                                       ("slp", "Kara", "Jennings", "Speech-language pathology")])
    dad = c.add({"resourceType": "RelatedPerson", "patient": {"reference": c.pt},
                 "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "FTH", "father"))],
                 "name": [{"family": "Brown", "given": ["Marcus"]}]}, "rp-father")
    asd = c.cond("Autism spectrum disorder, level 1", ((I10CM, "F84.0", "Autistic disorder"),), "2026-08-19", recorder="dev")
    c.cond("Expressive language delay", ((SCT, "229721007", "Expressive language delay"), (I10CM, "F80.1", "Expressive language disorder")), "2023-06-01")
    e1 = c.enc("2026-08-19", "Developmental evaluation (ADOS-2)", pr="dev")
    c.obs(cc(text="ADOS-2 Module 2 comparison score"), "2026-08-19", 6, cat="survey", enc=e1, range_text="1-10; 6-7 moderate")
    c.vitals("2026-08-19", hr=96, wt=20.1, ht=114, enc=e1)
    c.note("2026-08-19", "Developmental evaluation summary",
           "ADOS-2 and clinical observation consistent with ASD, level 1. Parents disagree; they feel her difficulties are due to "
           "language delay and anxiety. Recommended ABA and continued speech therapy.", enc=e1, author="dev")
    c.sr(cc(text="Applied behavior analysis therapy"), "active", "order", "2026-08-19", pr="dev", reasonref=asd)
    e2 = c.enc("2026-10-01", "Speech therapy session", pr="slp")
    c.note("2026-10-01", "Speech therapy note", "Good progress with 3-4 word phrases. Engaged, shared attention present.", enc=e2, author="slp")
    c.qr("2026-10-15", "family-experience-survey",
         [("q1", "Do you feel your concerns about your child were listened to and addressed?", "No"),
          ("q2", "Do you understand the diagnosis and plan?", "Partly"),
          ("q3", "Would you like a referral for a second opinion from another team?", True),
          ("q4", "Comments", "We do not think the autism diagnosis fits. The evaluation was one hour and our questions were brushed off. "
                             "We would like another team to review it.")],
         author=dad, source=dad)
    c.panel("2026-08-19", "Lead and CBC", [("hb", 12.4, 11.5, 14.5), ("ferrped", 31)])
    e3 = c.enc("2026-11-05", "Speech therapy session", pr="slp")
    c.note("2026-11-05", "Speech therapy note", "Continues to progress. Father asked again about getting another opinion on the diagnosis.",
           enc=e3, author="slp")


@case("IT", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Patient-authored Flag recording that he asks for a second orthopaedic opinion because he feels his knee pain "
      "is not taken seriously.",
      "Flag redatto dal paziente: chiede un secondo parere ortopedico per la gonartrosi.")
def pc_pos_flag(c):
    c.setup("Sergio", "Fontana", "male", "1960-06-06", [("orto", "Enrico", "Sala", "Ortopedia"),
                                                       ("fisiatra", "Laura", "Costa", "Medicina fisica e riabilitazione")], ident="FNTSRG60H06A390T")
    oa = c.cond("Gonartrosi mediale bilaterale", ((I9, "715.16", "Artrosi localizzata primaria, gamba"),
                (I10, "M17.0", "Gonartrosi primaria bilaterale")), "2022-04-01")
    c.cond("Ipertensione arteriosa", IT_HTN, "2014-01-01")
    c.cond("Obesita'", ((I9, "278.00", "Obesita' non specificata"), (I10, "E66.9", "Obesita' non specificata")), "2014-01-01")
    c.med("MedicationStatement", ATCc("N02BE01", "paracetamol", "Paracetamolo 1000 mg"), "2022-04-01", dose="al bisogno")
    c.med("MedicationStatement", ATCc("C09DA01", "losartan and diuretics", "Losartan/idroclorotiazide 50/12,5"), "2014-01-01", dose="1 cpr/die")
    e1 = c.enc("2026-06-15", "Visita ortopedica", pr="orto")
    c.vitals("2026-06-15", 142, 86, 74, 101, enc=e1)
    c.report("2026-06-10", cc((c.o["local"] + "rad", "RX-GIN", "RX ginocchia sotto carico"), text="RX ginocchia sotto carico"),
             "Gonartrosi mediale bilaterale Kellgren-Lawrence 2-3.")
    c.note("2026-06-15", "Referto visita ortopedica", "Gonartrosi KL 2-3. Non indicazione chirurgica al momento. Calo ponderale, "
           "fisioterapia, infiltrazione di acido ialuronico.", enc=e1, author="orto")
    c.proc(cc((c.o["local"] + "proc", "INF-IAL", "Infiltrazione intra-articolare acido ialuronico"), text="Infiltrazione ginocchio dx"),
           "completed", "2026-07-01", pr="orto")
    e2 = c.enc("2026-09-10", "Visita fisiatrica", pr="fisiatra")
    c.note("2026-09-10", "Referto fisiatrico", "Ciclo di 10 sedute di rinforzo quadricipitale. Beneficio parziale.", enc=e2, author="fisiatra")
    c.add({"resourceType": "Flag", "status": "active",
           "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
           "code": cc(text="Il paziente chiede un secondo parere ortopedico: riferisce di non sentirsi preso sul serio riguardo al dolore "
                           "alle ginocchia, che gli impedisce di lavorare."),
           "subject": {"reference": c.pt}, "period": {"start": "2026-11-04"}, "author": {"reference": c.pt}})
    e3 = c.enc("2026-11-04", "Accesso CUP - richiesta del paziente", pr="orto")
    c.panel("2026-10-28", "Esami ematochimici", [("hbm", 14.8), ("crea", 1.0), ("glu", 104), ("crp", 2.5)])


@case("PED", "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "Annual parent experience questionnaire answers 'Yes' to feeling listened to and 'No' to wanting a second "
      "opinion; asthma is well controlled.",
      "Parent questionnaire: feel heard, no second opinion wanted; asthma well controlled.")
def pc_nm_no(c):
    c.setup("Ethan", "Wright", "male", "2014-11-03", [("pulm", "Grace", "Okoye", "Pediatric pulmonology")])
    mom = c.add({"resourceType": "RelatedPerson", "patient": {"reference": c.pt},
                 "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"))],
                 "name": [{"family": "Wright", "given": ["Amanda"]}]}, "rp-mother")
    ast = c.cond("Moderate persistent asthma", ((SCT, "427295004", "Moderate persistent asthma"),
                 (I10CM, "J45.40", "Moderate persistent asthma, uncomplicated")), "2020-03-01")
    c.cond("Allergic rhinitis due to dust mite", ((SCT, "232353008", "Perennial allergic rhinitis"),), "2020-03-01")
    c.med("MedicationStatement", RXN("1162270", "budesonide / formoterol"), "2024-09-01", dose="80/4.5 2 puffs BID")
    c.med("MedicationStatement", RXN("435", "albuterol"), "2020-03-01", dose="prn")
    for d, act, fev in (("2026-03-10", 18, 84), ("2026-06-16", 21, 89), ("2026-09-22", 23, 92)):
        e = c.enc(d, "Pulmonology clinic", pr="pulm")
        c.obs(cc((c.o["local"] + "pro", "C-ACT", "Childhood Asthma Control score"), text="Childhood Asthma Control score (C-ACT)"),
              d, act, cat="survey", enc=e, range_text=">19 well controlled")
        c.obs(cc((LNC, "20150-9", "FEV1"), text="FEV1 % predicted"), d, fev, "%", 80, None, cat="procedure", enc=e)
    c.vitals("2026-09-22", 106, 64, 82, 41.5, enc=e, ht=150)
    c.qr("2026-09-22", "family-experience-survey",
         [("q1", "Do you feel your concerns about your child were listened to and addressed?", "Yes"),
          ("q2", "Do you understand the diagnosis and plan?", "Yes"),
          ("q3", "Would you like a referral for a second opinion from another team?", False),
          ("q4", "Comments", "Dr. Okoye explains everything. Ethan is playing soccer again.")], author=mom)
    c.note("2026-09-22", "Pulmonology follow-up", "Well controlled, no ED visits or oral steroids in 12 months. C-ACT 23, FEV1 92%. "
           "Continue SMART regimen. Flu vaccine today.", author="pulm")
    c.add({"resourceType": "Immunization", "status": "completed",
           "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free")),
           "patient": {"reference": c.pt}, "occurrenceDateTime": "2026-09-22"})


@case("TELE", "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "The patient's request for a second opinion on his Parkinson's disease diagnosis (May 2026) was fulfilled by a "
      "movement-disorders centre in August 2026, which confirmed it: suppressed.",
      "Asked for second opinion on Parkinson's in May; completed at academic center in August (confirmed).")
def pc_nm_done(c):
    c.setup("Daniel", "Kim", "male", "1962-07-28", [("pcp", "Erin", "Walsh", "Family medicine physician"),
                                                   ("neuro", "Paul", "Hoffman", "Neurology (outside)"),
                                                   ("md", "Ana", "Ruiz", "Movement disorders neurology (academic)")], city="Portland")
    acad = c.ext_org("Northwest University Movement Disorders Center", "nwu")
    pd = c.cond("Parkinson disease", ((SCT, "49049000", "Parkinson's disease"), (I10CM, "G20", "Parkinson's disease")), "2026-03-10")
    c.cond("Hyperlipidemia", HLD, "2015-01-01")
    c.med("MedicationStatement", RXN("83367", "atorvastatin"), "2015-01-01", dose="20 mg daily")
    m1 = c.msg("2026-05-04", "I was told I have Parkinson's after one visit. I'd like a second opinion from a movement disorders specialist "
               "before I accept this.", recipient=c.pr["pcp"], topic="Second opinion request")
    c.sr(cc((SCT, "306206005", "Referral to service"), text="Referral to movement disorders neurology for second opinion"),
         "completed", "order", "2026-05-05", pr="pcp", performer=acad, reasonref=pd)
    e1 = c.enc("2026-08-20", "Movement disorders second-opinion consultation", org=acad, pr="md")
    c.note("2026-08-20", "Second opinion consultation letter",
           "Asymmetric bradykinesia, rigidity and rest tremor; DaTscan abnormal (reduced putaminal uptake, left > right). "
           "Diagnosis of idiopathic Parkinson disease confirmed. Agree with carbidopa-levodopa.", enc=e1, author="md",
           typ=cc((LNC, "11488-4", "Consult note"), text="Consult note"))
    c.med("MedicationStatement", RXN("2019", "carbidopa / levodopa"), "2026-08-25", dose="25/100 TID")
    e2 = c.enc("2026-09-15", "Video visit", "VR", pr="pcp")
    c.note("2026-09-15", "Video visit", "Reviewed second opinion, pt reassured and accepts diagnosis. Good response to levodopa.", enc=e2, author="pcp")
    c.msg("2026-10-02", "Tremor much better. Thanks for setting up the second opinion - I feel confident now.", recipient=c.pr["pcp"])
    e3 = c.enc("2026-11-10", "Video visit", "VR", pr="pcp")
    c.vitals("2026-11-10", 128, 78, 66, 78, enc=e3)
    c.panel("2026-11-08", "Annual labs", [("hbm", 14.4), ("crea", 1.0), ("ldl", 96), ("a1c", 5.5), ("tsh", 2.1)], enc=e3)


# ------------------------------------------------------------------ WORSENING_DESPITE_TREATMENT
@case("TELE", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "HbA1c rose 7.4 -> 8.1 -> 8.8 -> 9.6% over nine months while metformin and empagliflozin were taken throughout "
      "(well beyond the 0.5% minimal important difference).",
      "HbA1c 7.4 -> 9.6% over 9 months on metformin + empagliflozin.")
def wt_pos_a1c(c):
    c.setup("Gloria", "Banks", "female", "1968-03-15", [("pcp", "Marcus", "Tran", "Internal medicine physician")], city="Memphis")
    dm = c.cond("Type 2 diabetes", T2D, "2019-02-01")
    c.cond("Hypertension", HTN, "2016-01-01")
    c.cond("Hyperlipidemia", HLD, "2019-02-01")
    c.med("MedicationStatement", RXN("6809", "metformin"), "2019-02-01", dose="1000 mg BID", reason=cc(text="type 2 diabetes"))
    c.med("MedicationStatement", RXN("1545653", "empagliflozin"), "2025-10-01", dose="25 mg daily", reason=cc(text="type 2 diabetes"))
    c.med("MedicationStatement", RXN("29046", "lisinopril"), "2016-01-01", dose="20 mg daily")
    c.med("MedicationStatement", RXN("83367", "atorvastatin"), "2019-02-01", dose="40 mg daily")
    for d, v in (("2026-01-15", 7.4), ("2026-04-20", 8.1), ("2026-07-22", 8.8), ("2026-10-28", 9.6)):
        c.lab("a1c", d, v)
    c.panel("2026-10-28", "BMP + urine ACR", [("crea", 0.9), ("egfr", 76), ("k", 4.3), ("uacr", 18)])
    for d in ("2026-04-24", "2026-07-27"):
        e = c.enc(d, "Diabetes video visit", "VR", pr="pcp")
        c.note(d, "Video visit", "Reports taking metformin and empagliflozin daily, no missed doses per pharmacy refill data. "
               "Home fasting glucose 150s-190s. Diet counseling reinforced. Continue.", enc=e, author="pcp")
    c.obs(cc((LNC, "14770-2", "Glucose [Mass/volume] in Capillary blood by Glucometer"), text="Home fasting glucose (avg 14 d)"),
          "2026-10-25", 212, "mg/dL", 70, 130, cat="laboratory", note="Uploaded from home meter")
    e3 = c.enc("2026-11-02", "Diabetes video visit", "VR", pr="pcp")
    c.vitals("2026-11-02", 138, 84, 78, 96.4, enc=e3)
    c.note("2026-11-02", "Video visit", "A1c 9.6, up steadily all year despite adherence to metformin 2 g + empagliflozin 25. "
           "Discussed adding GLP-1 RA; pt to think about it.", enc=e3, author="pcp")


@case("IT", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "PHQ-9 rose 10 -> 15 -> 19 from May to October 2026 while sertraline was taken throughout (dose increased in "
      "July), exceeding the 5-point minimal important difference.",
      "Depressione: PHQ-9 10 -> 15 -> 19 in 5 mesi in terapia con sertralina.")
def wt_pos_phq(c):
    c.setup("Elena", "Marino", "female", "1977-11-30", [("psi", "Alberto", "De Luca", "Psichiatria"),
                                                       ("mmg", "Nicoletta", "Gallo", "Medicina generale")], ident="MRNLNE77S70A390B")
    dep = c.cond("Disturbo depressivo maggiore, ricorrente, moderato", ((I9, "296.32", "Disturbo depressivo maggiore, episodio ricorrente, moderato"),
                 (I10, "F33.1", "Disturbo depressivo ricorrente, episodio attuale di media gravita'")), "2026-03-05", recorder="psi")
    c.cond("Ipotiroidismo subclinico", ((I9, "244.9", "Ipotiroidismo non specificato"), (I10, "E03.9", "Ipotiroidismo non specificato")), "2019-01-01")
    c.med("MedicationStatement", ATCc("N06AB06", "sertraline", "Sertralina"), "2026-03-10",
          dose="100 mg/die da marzo, 150 mg/die da luglio 2026", reason=cc(text="depressione maggiore"))
    c.med("MedicationStatement", ATCc("H03AA01", "levothyroxine sodium", "Levotiroxina 25 mcg"), "2019-01-01", dose="1 cpr/die")
    phq = (LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
    for d, v in (("2026-05-12", 10), ("2026-07-15", 15), ("2026-10-20", 19)):
        e = c.enc(d, "Visita psichiatrica ambulatoriale (CSM)", pr="psi")
        c.obs(cc(phq, text="PHQ-9 punteggio totale"), d, v, cat="survey", enc=e, range_text="0-4 minimo; 20-27 grave")
        c.vitals(d, 118, 74, 76, 66 - (0.5 if d > "2026-07" else 0), enc=e)
    c.panel("2026-07-10", "Esami ematochimici", [("tsh", 2.4), ("hb", 13.1), ("na", 139), ("alt", 22)])
    c.note("2026-07-15", "Diario clinico CSM", "Umore in peggioramento nonostante sertralina 100 mg assunta regolarmente. "
           "Si incrementa a 150 mg. Psicoterapia settimanale in corso.", author="psi")
    c.note("2026-10-20", "Diario clinico CSM",
           "PHQ-9 19. Insonnia, anedonia, ritiro sociale. Aderente alla terapia (confermato dal marito). Nessuna ideazione suicidaria attiva.\n"
           "English summary: depression worsening over 5 months despite adherent sertraline and psychotherapy.", author="psi")
    c.careplan("Progetto terapeutico CSM", cc(text="Salute mentale"), "2026-03-10", addresses=[dep], pr="psi",
               acts=[(cc(text="Psicoterapia cognitivo-comportamentale settimanale"), "in-progress", "in corso da aprile 2026")])


@case("CARD", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "LVEF fell 45 -> 38 -> 30% (with NT-proBNP rising) between January and October 2026 while on full guideline-directed "
      "therapy throughout.",
      "HFrEF: LVEF 45 -> 38 -> 30% over 10 months despite GDMT.")
def wt_pos_ef(c):
    c.setup("Kevin", "Walsh", "male", "1966-12-01", [("hf", "Naomi", "Brandt", "Heart failure cardiology")])
    hf = c.cond("Heart failure with reduced EF, hypertensive heart disease", ((SCT, "703272007", "Heart failure with reduced ejection fraction"),
                (I10CM, "I11.0", "Hypertensive heart disease with heart failure"), (I10CM, "I50.22", "Chronic systolic (congestive) heart failure")),
                "2025-10-15")
    c.cond("Hypertension", HTN, "2008-01-01")
    for rx, nm, ds in (("1656339", "sacubitril / valsartan", "97/103 mg BID"), ("866427", "metoprolol succinate", "100 mg daily"),
                       ("9997", "spironolactone", "25 mg daily"), ("1488564", "dapagliflozin", "10 mg daily")):
        c.med("MedicationStatement", RXN(rx, nm), "2025-11-01", dose=ds, reason=cc(text="HFrEF"))
    for d, ef, bnp in (("2026-01-12", 45, 650), ("2026-05-18", 38, 1420), ("2026-10-26", 30, 2600)):
        e = c.enc(d, "Heart failure clinic", pr="hf")
        r = c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF (biplane Simpson)"), d, ef, "%", 55, None,
                  cat="imaging", enc=e)
        c.report(d, cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="TTE"), f"LV dilated, global hypokinesis, LVEF {ef}%.",
                 cat=("CUS", "Cardiac Ultrasound"), enc=e, results=(r,))
        c.lab("ntbnp", d, bnp, enc=e)
        c.vitals(d, 118, 72, 64, 88, enc=e)
    c.note("2026-10-26", "HF clinic note", "Progressive decline in LVEF (45 -> 38 -> 30%) and rising NT-proBNP despite adherence to "
           "quadruple GDMT at target doses since Nov 2025. NYHA II-III. Ischemic evaluation negative 2025. Plan: reassess, "
           "consider further work-up.", author="hf")
    c.panel("2026-10-26", "BMP", [("crea", 1.2), ("k", 4.8), ("na", 137)])


@case("CARD", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "Office blood pressure rose 142/88 -> 158/96 but only after the patient stopped amlodipine in May; treatment was "
      "not running during the rise.",
      "BP rising after patient stopped amlodipine (edema) in May - treatment not active.")
def wt_nm_stopped(c):
    c.setup("Sandra", "Hughes", "female", "1970-04-04", [("pc", "Leon", "Watts", "Preventive cardiology")])
    htn = c.cond("Essential hypertension", HTN, "2019-01-01")
    c.cond("Hyperlipidemia", HLD, "2019-01-01")
    c.med("MedicationStatement", RXN("17767", "amlodipine"), "2019-01-01", status="stopped", end="2026-05-10", dose="10 mg daily",
          note="Stopped by patient because of ankle edema.")
    c.med("MedicationStatement", RXN("36567", "simvastatin"), "2019-01-01", dose="20 mg daily")
    for d, s, dd in (("2026-02-10", 128, 80), ("2026-06-15", 142, 88), ("2026-08-24", 150, 92), ("2026-11-09", 158, 96)):
        e = c.enc(d, "Preventive cardiology visit", pr="pc")
        c.vitals(d, s, dd, 72, 74, enc=e)
    c.panel("2026-06-15", "BMP + lipids", [("crea", 0.8), ("k", 4.1), ("na", 140), ("ldl", 104)])
    c.note("2026-06-15", "Clinic note", "Stopped amlodipine in May due to ankle swelling. Off all antihypertensives. Wants to try lifestyle first.",
           author="pc")
    c.note("2026-11-09", "Clinic note", "BP 158/96, off medication since May. Lifestyle measures insufficient. Start chlorthalidone 12.5 mg.",
           author="pc")
    c.med("MedicationRequest", RXN("2409", "chlorthalidone"), "2026-11-09", dose="12.5 mg daily", pr="pc")


@case("PED", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "HbA1c drifted 8.0 -> 8.2 -> 8.3 -> 8.2% over eight months on insulin pump therapy - a change below the 0.5% "
      "minimal important difference.",
      "Type 1 diabetes on pump, HbA1c 8.0-8.3% (change < 0.5%).")
def wt_nm_t1d(c):
    c.setup("Mia", "Rossi", "female", "2012-08-08", [("endo", "Caroline", "Baptiste", "Pediatric endocrinology"),
                                                    ("cde", "Jamal", "Porter", "Diabetes educator")])
    t1 = c.cond("Type 1 diabetes mellitus", ((SCT, "46635009", "Diabetes mellitus type 1"), (I10CM, "E10.9", "Type 1 diabetes mellitus without complications")),
                "2019-05-10")
    c.med("MedicationStatement", RXN("86009", "insulin lispro"), "2021-01-01", dose="via insulin pump, basal-bolus", reason=cc(text="T1D"))
    for d, v in (("2026-03-12", 8.0), ("2026-06-11", 8.2), ("2026-09-10", 8.3), ("2026-11-19", 8.2)):
        e = c.enc(d, "Diabetes clinic", pr="endo")
        c.lab("a1c", d, v, enc=e)
        c.vitals(d, 108, 66, 80, 51 + (0.5 if d > "2026-06" else 0), enc=e)
    c.obs(cc(text="CGM time in range 70-180 mg/dL (14 d)"), "2026-11-19", 52, "%", 70, None, cat="laboratory",
          note="Target >70%")
    c.panel("2026-09-10", "Annual screening", [("tsh", 1.8), ("ttg", 1.1), ("ldl", 92), ("uacr", 9)])
    c.note("2026-11-19", "Diabetes clinic note", "A1c 8.2%, essentially stable over the year. Missed boluses at school lunch. "
           "Adjusted carb ratio, school nurse plan updated.", author="endo")


# ------------------------------------------------------------------ RARE_OR_COMPLEX_CONDITION
@case("PED", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "22q11.2 deletion syndrome (a rare disease) with repaired tetralogy of Fallot, hypoparathyroidism, immune "
      "deficiency and velopharyngeal insufficiency followed by five specialties.",
      "7-year-old with 22q11.2 deletion syndrome: cardiology, immunology, endocrine, ENT, speech.")
def rc_pos_22q(c):
    c.setup("Lucas", "Martin", "male", "2019-06-14", [("gen", "Helen", "Cho", "Medical genetics"),
                                                     ("cards", "Peter", "Novak", "Pediatric cardiology"),
                                                     ("imm", "Laila", "Farouk", "Pediatric immunology"),
                                                     ("endo", "Ruth", "Akers", "Pediatric endocrinology")])
    syn = c.cond("22q11.2 deletion syndrome", ((SCT, "767263007", "22q11.2 deletion syndrome"), (I10CM, "D82.1", "Di George's syndrome")),
                 "2019-07-02", recorder="gen")
    c.cond("Tetralogy of Fallot, s/p complete repair 2019", ((SCT, "86299006", "Tetralogy of Fallot"), (I10CM, "Q21.3", "Tetralogy of Fallot")), "2019-06-14")
    c.cond("Hypoparathyroidism", ((SCT, "36976004", "Hypoparathyroidism"), (I10CM, "E20.9", "Hypoparathyroidism, unspecified")), "2019-06-20")
    c.cond("Partial T-cell immunodeficiency", ((I10CM, "D84.9", "Immunodeficiency, unspecified"),), "2019-08-01")
    c.cond("Velopharyngeal insufficiency", ((SCT, "95405002", "Velopharyngeal incompetence"),), "2022-05-01")
    c.med("MedicationStatement", RXN("1894", "calcitriol"), "2019-06-20", dose="0.25 mcg daily")
    c.med("MedicationStatement", RXN("1897", "calcium carbonate"), "2019-06-20", dose="500 mg BID")
    c.report("2026-03-18", cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="Echocardiogram"),
             "Repaired TOF. Moderate pulmonary regurgitation, RV mildly dilated, normal biventricular function.", cat=("CUS", "Cardiac Ultrasound"))
    e1 = c.enc("2026-03-18", "Cardiology clinic", pr="cards")
    e2 = c.enc("2026-06-02", "Immunology clinic", pr="imm")
    c.obs(cc((LNC, "8123-2", "CD3+CD4+ (T4 helper) cells [#/volume] in Blood"), text="CD4 count"), "2026-06-02", 410, "/uL", 500, 2400, enc=e2)
    e3 = c.enc("2026-09-15", "Endocrine clinic", pr="endo")
    c.panel("2026-09-15", "Calcium / PTH", [("ca", 8.8), ("pth", 9), ("crea", 0.4, 0.3, 0.7)], enc=e3)
    c.vitals("2026-09-15", 98, 60, 94, 19.4, enc=e3, ht=115)
    e4 = c.enc("2026-10-20", "22q multidisciplinary clinic", pr="gen")
    c.note("2026-10-20", "22q11.2 deletion multidisciplinary clinic",
           "Followed by cardiology (repaired TOF, PR), immunology (low CD4, live vaccines given per protocol), endocrinology "
           "(hypoparathyroidism on calcitriol), ENT/plastic surgery (VPI) and speech therapy. School: IEP in place. "
           "Psychiatric screening for anxiety annually.", enc=e4, author="gen")


@case("IT", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Six active chronic conditions across endocrinology, pulmonology, nephrology, cardiology, orthopaedics and "
      "psychiatry - complexity criterion met.",
      "Anziano multimorbido: DM2, BPCO, IRC 3b, FA, gonartrosi, depressione.")
def rc_pos_multi(c):
    c.setup("Vittorio", "Greco", "male", "1946-09-21", [("int", "Simona", "Parisi", "Medicina interna"),
                                                       ("pneumo", "Cesare", "Vitale", "Pneumologia"),
                                                       ("nefro", "Irene", "Longo", "Nefrologia")], ident="GRCVTR46P21A390Z")
    for text, codes, onset in (
        ("Diabete mellito tipo 2", ((I9, "250.00", "Diabete mellito tipo II"), (I10, "E11.9", "Diabete mellito tipo 2 senza complicanze")), "2004-01-01"),
        ("BPCO", ((I9, "496", "Ostruzioni croniche delle vie respiratorie"), (I10, "J44.9", "Broncopneumopatia cronica ostruttiva")), "2011-01-01"),
        ("Insufficienza renale cronica stadio 3b", ((I9, "585.3", "Malattia renale cronica, stadio III"), (I10, "N18.3", "Malattia renale cronica, stadio 3")), "2018-01-01"),
        ("Fibrillazione atriale permanente", ((I9, "427.31", "Fibrillazione atriale"), (I10, "I48.2", "Fibrillazione atriale cronica")), "2016-01-01"),
        ("Gonartrosi bilaterale", ((I9, "715.16", "Artrosi localizzata primaria, gamba"), (I10, "M17.0", "Gonartrosi primaria bilaterale")), "2012-01-01"),
        ("Episodio depressivo", ((I9, "311", "Disturbo depressivo non classificato altrove"), (I10, "F32.9", "Episodio depressivo non specificato")), "2021-01-01"),
    ):
        c.cond(text, codes, onset)
    for atc, nm, txt, ds in (("A10BH01", "sitagliptin", "Sitagliptin 50 mg", "1 cpr/die"), ("R03BB04", "tiotropium bromide", "Tiotropio 2,5 mcg", "2 inal/die"),
                             ("B01AF02", "apixaban", "Apixaban 2,5 mg", "1 cpr x 2"), ("C07AB07", "bisoprolol", "Bisoprololo 2,5 mg", "1 cpr/die"),
                             ("N06AB06", "sertraline", "Sertralina 50 mg", "1 cpr/die"), ("N02BE01", "paracetamol", "Paracetamolo 1 g", "al bisogno")):
        c.med("MedicationStatement", ATCc(atc, nm, txt), "2024-01-01", dose=ds)
    for d, eg, a1 in (("2026-03-10", 38, 7.1), ("2026-09-08", 37, 7.0)):
        e = c.enc(d, "Ambulatorio malattie croniche (medicina interna)", pr="int")
        c.panel(d, "Esami di controllo", [("crea", 1.7), ("egfr", eg, 60, None), ("a1c", a1), ("k", 4.8), ("hbm", 12.9)], enc=e)
        c.vitals(d, 134, 76, 78, 82, enc=e)
    e3 = c.enc("2026-06-20", "Visita pneumologica", pr="pneumo")
    c.note("2026-06-20", "Referto pneumologico", "BPCO GOLD 2, gruppo B, stabile. Nessuna riacutizzazione nell'ultimo anno.", enc=e3, author="pneumo")
    e4 = c.enc("2026-10-14", "Visita nefrologica", pr="nefro")
    c.note("2026-10-14", "Referto nefrologico", "IRC 3b stabile (eGFR 37-39). Adeguare dosaggi. Controllo a 6 mesi.", enc=e4, author="nefro")
    c.note("2026-11-05", "Lettera di sintesi - medicina interna",
           "Paziente di 80 anni con multimorbilita' (DM2, BPCO, IRC 3b, FA permanente in TAO, gonartrosi, depressione) seguito da "
           "5 specialisti, 9 farmaci. Quadro complessivamente stabile. Si propone revisione della politerapia.\n"
           "English summary: multimorbid 80-year-old, 6 chronic conditions, stable, polypharmacy review.", author="int")


@case("CARD", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Hereditary transthyretin amyloid cardiomyopathy (TTR p.Val142Ile), a rare disease, confirmed by grade 3 "
      "pyrophosphate scan and genotyping, on tafamidis.",
      "Hereditary ATTR cardiomyopathy (V122I) on tafamidis.")
def rc_pos_attr(c):
    c.setup("Samuel Kwame", "Owusu", "male", "1957-01-25", [("amy", "Ingrid", "Salo", "Cardio-amyloidosis program"),
                                                           ("gc", "Tessa", "Harmon", "Genetic counseling")])
    attr = c.cond("Hereditary transthyretin amyloid cardiomyopathy (ATTRv, p.Val142Ile)",
                  ((I10CM, "E85.4", "Organ-limited amyloidosis"), (I10CM, "I43", "Cardiomyopathy in diseases classified elsewhere")),
                  "2026-04-22", recorder="amy")
    c.cond("Bilateral carpal tunnel syndrome, s/p release", ((SCT, "57406009", "Carpal tunnel syndrome"),), "2019-01-01", status="inactive")
    c.cond("Hypertension (now resolved off meds)", HTN, "2010-01-01", status="resolved", abate="2025-06-01")
    c.obs(cc((c.o["local"] + "nm", "TC99M-PYP-GRADE", "Tc-99m PYP myocardial uptake Perugini grade"), text="Tc-99m PYP scan grade"),
          "2026-03-30", 3, cat="imaging", note="H/CL ratio 1.8")
    c.report("2026-03-30", cc(text="Tc-99m pyrophosphate scintigraphy with SPECT"),
             "Grade 3 myocardial uptake, H/CL 1.8; no monoclonal protein. Diagnostic of ATTR cardiac amyloidosis.")
    c.report("2026-04-20", cc((LNC, "51969-4", "Genetic analysis report"), text="TTR gene sequencing"),
             "Heterozygous pathogenic variant TTR c.424G>A p.(Val142Ile).", cat=("GE", "Genetics"))
    r = c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF"), "2026-03-10", 50, "%", 55, None, cat="imaging")
    c.report("2026-03-10", cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="TTE"),
             "Concentric LV wall thickening 16 mm, apical sparing strain pattern, LVEF 50%, grade 2 diastolic dysfunction.",
             cat=("CUS", "Cardiac Ultrasound"), results=(r,))
    c.med("MedicationRequest", cc((RX, "2197280", "tafamidis"), text="tafamidis 61 mg"), "2026-05-05", dose="61 mg daily", pr="amy")
    c.med("MedicationStatement", RXN("4603", "furosemide"), "2026-04-01", dose="20 mg daily")
    for d, bnp in (("2026-05-05", 1850), ("2026-11-03", 1790)):
        e = c.enc(d, "Amyloidosis clinic", pr="amy")
        c.lab("ntbnp", d, bnp, enc=e)
        c.vitals(d, 122, 74, 70, 84, enc=e)
    c.note("2026-11-03", "Amyloidosis clinic note", "hATTR-CM V142I on tafamidis since May. NYHA II, stable. NT-proBNP stable. "
           "Cascade genetic screening offered to 3 children.", author="amy")
    c.enc("2026-06-10", "Genetic counseling", pr="gc")


@case("TELE", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Four common active chronic conditions (hypertension, hyperlipidaemia, type 2 diabetes, obesity) within two "
      "specialties, plus resolved acute problems: below the complexity threshold.",
      "HTN, HLD, T2DM, obesity - stable; acute problems resolved.")
def rc_nm_four(c):
    c.setup("Brenda", "Foster", "female", "1966-10-10", [("pcp", "Owen", "Marsh", "Family medicine physician")], city="Wichita")
    c.cond("Hypertension", HTN, "2012-01-01")
    c.cond("Hyperlipidemia", HLD, "2014-01-01")
    c.cond("Type 2 diabetes", T2D, "2018-01-01")
    c.cond("Obesity, BMI 33", ((SCT, "414916001", "Obesity"), (I10CM, "E66.9", "Obesity, unspecified")), "2012-01-01")
    c.cond("Acute sinusitis", ((I10CM, "J01.90", "Acute sinusitis, unspecified"),), "2026-02-03", status="resolved", abate="2026-02-20",
           cat="encounter-diagnosis")
    c.cond("Right ankle sprain", ((I10CM, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter"),), "2025-07-11",
           status="resolved", abate="2025-08-30", cat="encounter-diagnosis")
    for rx, nm, ds in (("29046", "lisinopril", "10 mg daily"), ("83367", "atorvastatin", "20 mg daily"), ("6809", "metformin", "500 mg BID")):
        c.med("MedicationStatement", RXN(rx, nm), "2018-01-01", dose=ds)
    for d, a1 in (("2026-03-02", 6.9), ("2026-09-01", 6.8)):
        e = c.enc(d, "Chronic care video visit", "VR", pr="pcp")
        c.panel(d, "A1c, BMP, lipids", [("a1c", a1), ("crea", 0.8), ("egfr", 88), ("ldl", 86), ("k", 4.2)], enc=e)
        c.vitals(d, 128, 80, 74, 91, enc=e, note="home cuff reading")
    c.note("2026-09-01", "Video visit", "Chronic conditions stable. A1c 6.8. BP at goal on home cuff. Walking 30 min 5x/wk.", author="pcp")
    e3 = c.enc("2026-02-03", "Urgent video visit", "VR", pr="pcp", reason="sinus pressure")
    c.med("MedicationRequest", RXN("723", "amoxicillin"), "2026-02-03", status="completed", dose="500 mg TID x 7 days", pr="pcp", enc=e3)


@case("PED", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Suspected Marfan syndrome was refuted (FBN1 negative, normal aortic root, no ectopia lentis, systemic score 4); "
      "a healthy tall adolescent with no other chronic conditions.",
      "Tall 16-year-old: Marfan syndrome ruled out (refuted).")
def rc_nm_marfan(c):
    c.setup("Jacob", "Nguyen", "male", "2010-04-02", [("gen", "Miriam", "Feld", "Medical genetics"),
                                                     ("cards", "Ravi", "Kumar", "Pediatric cardiology"),
                                                     ("oph", "Elaine", "Brooks", "Pediatric ophthalmology")])
    e1 = c.enc("2026-06-10", "Genetics clinic", pr="gen", reason="tall stature, family concern for Marfan syndrome")
    c.vitals("2026-06-10", 116, 68, 70, 68, enc=e1, ht=193)
    c.cond("Tall stature", ((SCT, "248328003", "Tall stature"),), "2026-06-10", cat="encounter-diagnosis", status="active")
    c.cond("Generalized joint hypermobility", ((SCT, "298203008", "Hypermobility of joint"),), "2026-06-10", cat="encounter-diagnosis")
    r = c.obs(cc(text="Aortic root Z-score (sinuses of Valsalva)"), "2026-07-01", 0.8, "1", None, 2, cat="imaging")
    c.report("2026-07-01", cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="Echocardiogram"),
             "Normal aortic root (Z +0.8), no mitral valve prolapse, normal function.", cat=("CUS", "Cardiac Ultrasound"), results=(r,))
    e2 = c.enc("2026-07-15", "Ophthalmology", pr="oph")
    c.obs(cc(text="Slit lamp examination"), "2026-07-15", "No ectopia lentis. Mild myopia -1.5 D.", cat="exam", enc=e2, interp="N")
    c.report("2026-08-20", cc((LNC, "51969-4", "Genetic analysis report"), text="Connective tissue disorder gene panel (FBN1, TGFBR1/2, SMAD3 ...)"),
             "No pathogenic or likely pathogenic variants identified.", cat=("GE", "Genetics"))
    c.cond("Marfan syndrome", ((SCT, "19346006", "Marfan's syndrome"), (I10CM, "Q87.40", "Marfan's syndrome, unspecified")),
           "2026-06-10", status=None, ver="refuted", cat="encounter-diagnosis",
           note="Revised Ghent: aortic root normal, no ectopia lentis, systemic score 4, FBN1 negative. Marfan excluded.")
    e3 = c.enc("2026-09-02", "Genetics follow-up", pr="gen")
    c.note("2026-09-02", "Genetics follow-up", "Marfan syndrome and related aortopathies excluded. Familial tall stature (father 196 cm). "
           "No further cardiology surveillance required. Discharged from genetics.", enc=e3, author="gen")
    c.panel("2026-06-10", "CBC, CMP", [("hbm", 14.9), ("crea", 0.8, 0.5, 1.1), ("alt", 18)])
