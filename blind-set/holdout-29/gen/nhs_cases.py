from common import *


def psnw_breathless(c):
    r = nhs_setup(c, "calder", "Freya Louise", "Whitmore", "female", "1997-04-18", 448213907, "NC4471920",
                  "14 Gledhow Terrace", "HX7 4QT", "Brookfoot Medical Practice", "B86027", ("Imran", "Bashir", "7023418"),
                  cons=("Catriona", "Fenwick", "6104877", "Dr", "FRCP, respiratory medicine"))
    sx = sct("60845006", "Dyspnoea on exertion", "Breathlessness on exertion")
    present = sct("52101004", "Present")
    c.cond("c-rhin", sct("61582004", "Allergic rhinitis"), "2011-05-01", recorder=r["gp"])
    c.cond("c-mig", sct("56097005", "Migraine without aura"), "2015-09-14", recorder=r["gp"])
    c.cond("c-acne", sct("88616000", "Acne vulgaris"), "2012-03-02", clinical="resolved", abated="2016-06-01")
    c.cond("c-sx", sx, "2026-05-12", cat="problem-list-item", recorder=r["gp"],
           note="Gradual onset over spring 2026. Previously ran 10 km; now stops after one flight of stairs.")
    e1 = c.enc("e1", "2026-05-12T09:10:00+01:00", "AMB", ENC_GP, sx, provider=r["surgery"], practitioner=r["gp"])
    e2 = c.enc("e2", "2026-06-23T11:40:00+01:00", "AMB", ENC_GP, sx, provider=r["surgery"], practitioner=r["gp"])
    e3 = c.enc("e3", "2026-08-04T15:20:00+01:00", "AMB", ENC_GP, sx, provider=r["surgery"], practitioner=r["gp"])
    e4 = c.enc("e4", "2026-09-29T14:00:00+01:00", "AMB", ENC_NEW, sx, provider=r["trust"], practitioner=r["cons"])
    e5 = c.enc("e5", "2026-11-10T10:30:00+00:00", "AMB", ENC_GP, sx, provider=r["surgery"], practitioner=r["gp"])
    for i, (d, e) in enumerate([("2026-05-12", e1), ("2026-06-23", e2), ("2026-08-04", e3), ("2026-11-10", e5)]):
        c.obs(f"o-sx{i+1}", sx, d, present, cat="exam", enc=e, performer=r["gp"])
    c.vital("o-spo2", "spo2", "2026-06-23", 99, enc=e2)
    c.vital("o-hr", "hr", "2026-06-23", 74, enc=e2)
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-05-14", 134, "g/L", 115, 165, enc=e1)
    c.lab("o-ferr", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-05-14", 48, "ug/L", 13, 150, enc=e1)
    c.lab("o-tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-05-14", 1.9, "mU/L", 0.27, 4.2, enc=e1, ucum="m[IU]/L")
    c.lab("o-crp", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-05-14", 2, "mg/L", None, 5, enc=e1)
    c.lab("o-bnp", "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-06-25", 38, "ng/L", None, 125, enc=e2)
    c.lab("o-dd", "48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "2026-06-25", 0.21, "mg/L", None, 0.5, enc=e2)
    fev = c.obs("o-fev", cc((LN, "20150-9", "FEV1")), "2026-09-29", (3.21, "L"), interp="N", cat="procedure", enc=e4,
                ref_text="Predicted 3.28 L; 98% predicted")
    rat = c.obs("o-ratio", cc((LN, "19926-5", "FEV1/FVC")), "2026-09-29", (82, "%"), interp="N", cat="procedure", enc=e4,
                ref_text="LLN 71%")
    feno = c.obs("o-feno", {"text": "Fractional exhaled nitric oxide"}, "2026-09-29", (14, "ppb", "[ppb]"), interp="N",
                 cat="procedure", enc=e4, ref_text="< 25 ppb")
    c.dr("dr-pft", cc((LN, "81459-0", "Pulmonary function study"), text="Full lung function incl. spirometry and FeNO"),
         "2026-09-29", [fev, rat, feno], "Normal spirometry, no bronchodilator reversibility, TLCO 94% predicted, FeNO 14 ppb.")
    c.dr("dr-cxr", cc((LN, "36643-5", "XR Chest 2 Views"), text="Chest X-ray PA"), "2026-06-30",
         conclusion="Heart size normal. Lungs clear. No pleural effusion. Normal chest radiograph.")
    c.dr("dr-echo", {"text": "Transthoracic echocardiogram"}, "2026-10-20",
         conclusion="Structurally normal heart. LVEF 62%. Normal RV size and function. Estimated PASP 22 mmHg. No shunt on bubble study.")
    c.dr("dr-ecg", cc((LN, "11524-6", "EKG study")), "2026-05-12", conclusion="Sinus rhythm 72 bpm, normal axis, normal intervals.")
    c.medreq("m-cet", dmd("Cetirizine 10mg tablets", "372523007", "Cetirizine"), "2025-04-02", "One tablet once daily in hay fever season",
             requester=r["gp"], reason="Condition/" + c.cid + "-c-rhin")
    c.medreq("m-sum", dmd("Sumatriptan 50mg tablets", "395892000", "Sumatriptan"), "2024-10-11", "One tablet at onset of migraine, may repeat after 2 hours. Max 2 in 24 hours",
             requester=r["gp"])
    c.medreq("m-des", dmd("Desogestrel 75microgram tablets"), "2025-08-19", "One tablet daily continuously", requester=r["gp"])
    c.note("n-letter", NOTE_CLINIC_LETTER, "2026-10-02", r["cons"], f"""
Respiratory Outpatients - {TRUSTS['calder']['name']}
Dear Dr Bashir,
Re: Miss Freya Whitmore, DOB 18/04/1997

Thank you for referring this 29-year-old primary school teacher with a five-month history of breathlessness on exertion.
She was previously very fit (10 km runs) and now has to stop after one flight of stairs or walking uphill. No wheeze,
no cough, no chest pain, no haemoptysis, no orthopnoea. Never smoked. She takes a progestogen-only pill.

Examination was unremarkable; SpO2 99% at rest and 97% after a 40-step climb.
Spirometry and lung volumes are normal with no reversibility, gas transfer is normal and FeNO is 14 ppb. Her chest
radiograph, FBC, ferritin, thyroid function, NT-proBNP and D-dimer are all within normal limits. An echocardiogram has
been requested for completeness.

Impression: I could not find a respiratory cause for her breathlessness and there is no evidence of asthma or
interstitial lung disease. I have reassured her and discharged her back to your care.

Yours sincerely,
Dr C Fenwick, Consultant Respiratory Physician""", enc=e4, custodian=r["trust"])
    c.note("n-gp", NOTE_GP, "2026-11-10", r["gp"], """
Seen in surgery. Echo report received - normal heart. Still breathless climbing the hill to school, now having to get
lifts. Has given up netball. Feels fobbed off - 'everyone keeps telling me there is nothing wrong'. No new symptoms.
O/E chest clear, HR 78 reg, SpO2 98%. Investigations so far all normal (bloods, CXR, PFTs, echo, D-dimer).
Plan: discussed options; safety-netted; review in 4 weeks.""", enc=e5, custodian=r["surgery"])
    return "Breathlessness on exertion recorded on four dates May-Nov 2026; every investigation normal; no diagnosis."


def psnw_nm_coeliac(c):
    r = nhs_setup(c, "severn", "Gareth Rhys", "Pryce", "male", "1980-02-03", 612093447, "SV0938127",
                  "3 Orchard Close", "WR8 0HN", "Ledbury Road Surgery", "M81041", ("Sunita", "Ramaswamy", "6124055"),
                  cons=("Owen", "Tremlett", "4459012", "Dr", "FRCP, gastroenterology"))
    fat = sct("84229001", "Fatigue", "Tiredness")
    loose = sct("398032003", "Loose stool")
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2019-06-11", recorder=r["gp"])
    c.cond("c-fat", fat, "2026-02-10", clinical="resolved", abated="2026-09-01", recorder=r["gp"])
    c.cond("c-loose", loose, "2026-02-10", clinical="resolved", abated="2026-08-15", recorder=r["gp"])
    c.cond("c-ida", sct("87522002", "Iron deficiency anaemia"), "2026-04-30", clinical="resolved", abated="2026-10-20")
    cd = c.cond("c-coeliac", sct("396331005", "Coeliac disease"), "2026-06-09", recorder=r["cons"],
                note="Duodenal biopsies Marsh 3b; anti-tTG IgA 128 U/mL.")
    e1 = c.enc("e1", "2026-02-10T08:50:00+00:00", "AMB", ENC_GP, fat, provider=r["surgery"], practitioner=r["gp"])
    e2 = c.enc("e2", "2026-03-17T09:20:00+00:00", "AMB", ENC_GP, loose, provider=r["surgery"], practitioner=r["gp"])
    e3 = c.enc("e3", "2026-04-28T16:10:00+01:00", "AMB", ENC_GP, fat, provider=r["surgery"], practitioner=r["gp"])
    e4 = c.enc("e4", "2026-06-02T13:00:00+01:00", "AMB", cc((SCT, "76009000", "Esophagogastroduodenoscopy"), text="Endoscopy unit"),
               provider=r["trust"], practitioner=r["cons"])
    e5 = c.enc("e5", "2026-10-20T10:00:00+01:00", "AMB", ENC_OP, provider=r["trust"], practitioner=r["cons"])
    c.vital("o-wt1", "wt", "2026-02-10", 81.4, enc=e1)
    c.vital("o-wt2", "wt", "2026-04-28", 78.9, enc=e3)
    c.vital("o-wt3", "wt", "2026-10-20", 82.0, enc=e5)
    c.lab("o-hb1", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-04-30", 118, "g/L", 130, 170, enc=e3)
    c.lab("o-mcv", "787-2", "MCV [Entitic volume] by Automated count", "2026-04-30", 76, "fL", 80, 100, enc=e3)
    c.lab("o-ferr", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-04-30", 9, "ug/L", 30, 400, enc=e3)
    c.lab("o-ttg", "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "2026-04-30", 128, "U/mL", None, 7, enc=e3, ucum="[arb'U]/mL")
    c.lab("o-tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-02-12", 2.3, "mU/L", 0.27, 4.2, enc=e1, ucum="m[IU]/L")
    c.lab("o-hb2", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-20", 141, "g/L", 130, 170, enc=e5)
    c.lab("o-ttg2", "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "2026-10-20", 16, "U/mL", None, 7, enc=e5, ucum="[arb'U]/mL")
    c.proc("p-ogd", sct("76009000", "Esophagogastroduodenoscopy", "OGD with duodenal biopsies"), "completed", "2026-06-02",
           performer=r["cons"], enc=e4, outcome="Scalloping of duodenal folds; D1 and D2 biopsies taken")
    c.medreq("m-ram", dmd("Ramipril 5mg capsules", "386872004", "Ramipril"), "2019-06-11", "One capsule daily", requester=r["gp"])
    c.medreq("m-fe", dmd("Ferrous fumarate 322mg tablets"), "2026-05-01", "One tablet twice daily for 3 months", status="completed",
             requester=r["gp"], course="acute")
    c.note("n-ref", NOTE_REFERRAL, "2026-05-01", r["gp"], """
Dear Gastroenterology colleague,
Urgent suspected cancer pathway not met but please see soon: 46-year-old man with 3 months of fatigue, loose stools
and 2.5 kg weight loss. Hb 118, MCV 76, ferritin 9, anti-tTG IgA strongly positive at 128 U/mL (ref < 7).
Likely coeliac disease - grateful for OGD and duodenal biopsies. He is still eating gluten.
Dr S Ramaswamy""", custodian=r["surgery"])
    c.note("n-fu", NOTE_CLINIC_LETTER, "2026-10-21", r["cons"], """
Gastroenterology follow-up
Diagnosis: Coeliac disease (duodenal biopsies Marsh 3b, anti-tTG 128 -> 16 U/mL on diet).
Mr Pryce has been strictly gluten free since June with dietetic support. His bowels are now normal, his energy is back
to normal and he has regained his weight (82 kg). Haemoglobin 141 g/L after 3 months of oral iron.
Given his age, complete symptomatic and haematological response and confirmed coeliac disease, I do not think lower GI
investigation is needed at present. DEXA requested as per guidance. Annual coeliac review in primary care; discharged.
Dr O Tremlett, Consultant Gastroenterologist""", enc=e5, custodian=r["trust"])
    return "Fatigue and loose stools on three dates over 11 weeks, explained by coeliac disease diagnosed on biopsy; symptoms resolved on gluten-free diet."


def dsm_ibs(c):
    r = nhs_setup(c, "tamar", "Helen Margaret", "Trebilcock", "female", "1974-08-26", 703115284, "TM2201846",
                  "Flat 2, 19 Fore Street", "PL19 8AB", "Tavy Valley Health Centre", "L83102", ("Nicholas", "Penrose", "5206613"),
                  cons=("Alia", "Rahman", "7011962", "Dr", "FRCP, gastroenterology"), prefix_title="Mrs")
    ibs = c.cond("c-ibs", sct("10743008", "Irritable bowel syndrome"), "2024-11-19", recorder=r["gp"],
                 note="Diagnosed in primary care; colonoscopy Aug 2024 normal.")
    c.cond("c-hypo", sct("40930008", "Hypothyroidism"), "2012-02-07", recorder=r["gp"])
    c.cond("c-chole", sct("38102005", "Cholecystectomy"), "2009-05-01", clinical="resolved", abated="2009-05-01",
           note="Laparoscopic cholecystectomy for gallstones 2009")
    diar = sct("62315008", "Diarrhoea", "Nocturnal diarrhoea")
    c.cond("c-diar", diar, "2026-08-10", recorder=r["gp"], note="Waking at night to open bowels 2-3 times; new since August 2026")
    c.cond("c-wl", sct("448765001", "Unintentional weight loss"), "2026-09-22", recorder=r["gp"])
    e1 = c.enc("e1", "2026-03-03T10:10:00+00:00", "AMB", ENC_GP, sct("21522001", "Abdominal pain"), provider=r["surgery"], practitioner=r["gp"])
    e2 = c.enc("e2", "2026-09-22T09:00:00+01:00", "AMB", ENC_GP, diar, provider=r["surgery"], practitioner=r["gp"])
    e3 = c.enc("e3", "2026-11-24T11:30:00+00:00", "AMB", ENC_GP, diar, provider=r["surgery"], practitioner=r["gp"])
    c.vital("o-wt1", "wt", "2026-03-03", 68.2, enc=e1)
    c.vital("o-wt2", "wt", "2026-09-22", 64.5, enc=e2)
    c.vital("o-wt3", "wt", "2026-11-24", 62.1, enc=e3)
    c.lab("o-calp1", "38445-3", "Calprotectin [Mass/mass] in Stool", "2026-09-25", 410, "ug/g", None, 50, enc=e2)
    c.lab("o-calp2", "38445-3", "Calprotectin [Mass/mass] in Stool", "2026-11-17", 385, "ug/g", None, 50)
    c.lab("o-crp", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-09-25", 19, "mg/L", None, 5, enc=e2)
    c.lab("o-alb", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-09-25", 33, "g/L", 35, 50, enc=e2)
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-25", 127, "g/L", 115, 165, enc=e2)
    c.lab("o-ferr", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-09-25", 61, "ug/L", 13, 150, enc=e2)
    c.lab("o-ttg", "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "2026-09-25", 1.2, "U/mL", None, 7, enc=e2, ucum="[arb'U]/mL")
    c.lab("o-tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-09-25", 2.8, "mU/L", 0.27, 4.2, enc=e2, ucum="m[IU]/L")
    c.medreq("m-meb", dmd("Mebeverine 135mg tablets"), "2024-11-19", "One tablet three times a day 20 minutes before meals", requester=r["gp"], reason=ibs)
    c.medreq("m-ami", dmd("Amitriptyline 20mg tablets", "372726002", "Amitriptyline"), "2026-09-22", "One tablet at night", requester=r["gp"], reason=ibs,
             note="Increased from 10mg")
    c.medreq("m-lope", dmd("Loperamide 2mg capsules"), "2025-03-01", "One or two capsules after each loose stool, max 8 daily", requester=r["gp"])
    c.medreq("m-levo", dmd("Levothyroxine sodium 75microgram tablets"), "2012-02-07", "One tablet each morning", requester=r["gp"])
    c.note("n-gp1", NOTE_GP, "2026-09-22", r["gp"], """
Known IBS since 2024 (normal colonoscopy Aug 2024). Since August now waking at night to open bowels 2-3 times, loose,
no blood seen. Lost about 4 kg since March without trying. Cramping lower abdominal pain as before.
O/E soft, mildly tender LIF, no masses. Plan: bloods, faecal calprotectin, increase amitriptyline to 20mg.""", enc=e2, custodian=r["surgery"])
    c.note("n-ag", NOTE_CLINIC_LETTER, "2026-10-06", r["cons"], """
Advice and Guidance response - Gastroenterology
Thank you for your query. Mrs Trebilcock had a normal colonoscopy in August 2024 and carries a diagnosis of irritable
bowel syndrome. A calprotectin of 410 can be seen with NSAID use or transient infection. Suggest stool culture and a
repeat calprotectin in 6 weeks. I have not accepted the referral for clinic at this stage; please re-refer if concerns
persist. Dr A Rahman""", custodian=r["trust"])
    c.note("n-gp2", NOTE_GP, "2026-11-24", r["gp"], """
Review. Nocturnal diarrhoea continues, weight now 62.1 kg (68.2 kg in March). Repeat calprotectin 385, CRP 19, albumin 33.
No NSAIDs. Stool culture negative. Remains coded as IBS; patient upset that symptoms 'don't feel like my IBS'.
Plan: continue current treatment, discuss with gastro again.""", enc=e3, custodian=r["surgery"])
    return "Long-standing IBS label while new nocturnal diarrhoea, weight loss, raised calprotectin, CRP and low albumin continue - findings IBS cannot explain."


def dsm_nm_hypothyroid(c):
    r = nhs_setup(c, "calder", "Marek", "Nowicki", "male", "1981-10-09", 551870226, "NC5520411",
                  "88 Skircoat Moor Road", "HX3 0JA", "Calder Valley Medical Group", "B87651", ("Rachel", "Sugden", "6031170"))
    fat = sct("84229001", "Fatigue", "Tired all the time")
    c.cond("c-fat", fat, "2026-02-03", clinical="resolved", abated="2026-07-14", recorder=r["gp"])
    hypo = c.cond("c-hypo", sct("40930008", "Hypothyroidism", "Primary hypothyroidism (autoimmune)"), "2026-03-02", recorder=r["gp"],
                  note="TSH 38.6, free T4 6.1, TPO antibodies strongly positive")
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2021-01-22", recorder=r["gp"])
    c.cond("c-ankle", sct("44465007", "Sprain of ankle"), "2023-07-02", clinical="resolved", abated="2023-08-20")
    e1 = c.enc("e1", "2026-02-03T08:40:00+00:00", "AMB", ENC_GP, fat, provider=r["surgery"], practitioner=r["gp"])
    e2 = c.enc("e2", "2026-03-02T17:00:00+00:00", "VR", ENC_GP, fat, provider=r["surgery"], practitioner=r["gp"])
    e3 = c.enc("e3", "2026-05-12T09:30:00+01:00", "AMB", ENC_GP, provider=r["surgery"], practitioner=r["gp"])
    e4 = c.enc("e4", "2026-07-14T10:00:00+01:00", "AMB", ENC_GP, provider=r["surgery"], practitioner=r["gp"])
    c.lab("o-tsh1", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-02-05", 38.6, "mU/L", 0.27, 4.2, enc=e1, ucum="m[IU]/L")
    c.lab("o-ft4", "3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "2026-02-05", 6.1, "pmol/L", 12, 22, enc=e1)
    c.obs("o-tpo", cc((LN, "8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma")), "2026-02-05", (600, "[IU]/mL"),
          (None, 34, "[IU]/mL"), "H", enc=e1)
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-02-05", 142, "g/L", 130, 170, enc=e1)
    c.lab("o-tsh2", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-05-10", 7.9, "mU/L", 0.27, 4.2, enc=e3, ucum="m[IU]/L")
    c.lab("o-tsh3", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-07-10", 2.1, "mU/L", 0.27, 4.2, enc=e4, ucum="m[IU]/L")
    c.bp("o-bp1", "2026-02-03", 138, 86, enc=e1)
    c.bp("o-bp2", "2026-07-14", 132, 82, enc=e4)
    c.vital("o-wt", "wt", "2026-07-14", 86.0, enc=e4)
    c.obs("o-phq", cc((LN, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), "2026-02-03", 4,
          cat="survey", enc=e1)
    c.medreq("m-levo", dmd("Levothyroxine sodium 100microgram tablets"), "2026-05-12", "One tablet each morning before breakfast",
             requester=r["gp"], reason=hypo, note="Started 50 micrograms 02/03/2026; increased to 100 micrograms 12/05/2026")
    c.medreq("m-aml", dmd("Amlodipine 5mg tablets", "386864001", "Amlodipine"), "2021-01-22", "One tablet daily", requester=r["gp"])
    c.note("n-gp", NOTE_GP, "2026-07-14", r["gp"], """
Thyroid review. TSH now 2.1 on levothyroxine 100 micrograms. Feels 'back to himself' - energy normal, back at the gym,
cold intolerance and constipation resolved. Tiredness episode closed. Annual TFTs. BP 132/82.""", enc=e4, custodian=r["surgery"])
    return "Tiredness coded Feb 2026, explained by autoimmune hypothyroidism diagnosed a month later; resolved on levothyroxine."


def mpp_lumbar(c):
    r = nhs_setup(c, "severn", "Derek John", "Haddon", "male", "1960-03-30", 390118725, "SV1184420",
                  "Rose Cottage, Mill Lane", "WR13 6DL", "Malvern Chase Practice", "M81077", ("Heledd", "Vaughan", "6233901"),
                  cons=("Anand", "Kulkarni", "4882016", "Mr", "FRCS (Tr&Orth), spinal surgery"), prefix_title="Mr")
    lss = c.cond("c-lss", sct("18347007", "Spinal stenosis of lumbar region"), "2024-02-14", recorder=r["cons"],
                 note="Severe L3/4 and L4/5 central and lateral recess stenosis with grade 1 degenerative spondylolisthesis L4/5")
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2015-09-03")
    c.cond("c-dm", sct("44054006", "Diabetes mellitus type 2"), "2020-11-18")
    c.cond("c-oa", sct("239872002", "Osteoarthritis of hip"), "2019-04-10")
    c.cond("c-gout", sct("90560007", "Gout"), "2017-02-01", clinical="inactive")
    e1 = c.enc("e1", "2026-07-08T14:20:00+01:00", "AMB", ENC_OP, provider=r["trust"], practitioner=r["cons"])
    e2 = c.enc("e2", "2026-10-21T09:00:00+01:00", "AMB", ENC_OP, provider=r["trust"], practitioner=r["cons"])
    e3 = c.enc("e3", "2026-11-25T08:30:00+00:00", "AMB", {"text": "Pre-operative assessment clinic"}, provider=r["trust"])
    c.obs("o-odi", {"text": "Oswestry Disability Index"}, "2026-10-21", (52, "%"), cat="survey", enc=e2)
    c.obs("o-walk", {"text": "Claudication walking distance"}, "2026-10-21", (50, "m"), cat="exam", enc=e2,
          note="Neurogenic claudication; relieved by sitting/flexion. Foot pulses palpable.")
    c.dr("dr-mri", {"text": "MRI lumbar spine"}, "2026-06-12",
         conclusion="Grade 1 anterolisthesis L4 on L5. Severe central canal stenosis L3/4 and L4/5 with bilateral lateral recess narrowing. No sinister features.")
    c.lab("o-hba1c", "59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "2026-11-25", 51, "mmol/mol", 20, 48, enc=e3)
    c.lab("o-egfr", "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
          "2026-11-25", 78, "mL/min/1.73m2", 60, None, enc=e3, ucum="mL/min/{1.73_m2}")
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-25", 148, "g/L", 130, 170, enc=e3)
    c.bp("o-bp", "2026-11-25", 136, 80, enc=e3)
    c.vital("o-bmi", "bmi", "2026-11-25", 29.4, enc=e3)
    c.proc("p-epi", {"text": "Lumbar transforaminal epidural steroid injection L4/5"}, "completed", "2025-05-14", reason=lss,
           outcome="Benefit for 6 weeks only")
    c.sr("sr-op", cc((SCT, "55705006", "Spinal fusion"), text="L3-L5 posterior decompression and instrumented fusion (PLIF L4/5)"),
         "2026-10-21", "active", "order", occurrence="2027-01-12", reason=lss, requester=r["cons"], performer=r["trust"],
         category=sct("387713003", "Surgical procedure"), note="Listed for elective surgery. Expected LOS 3-4 days. Consent form 1 signed 21/10/2026.")
    c.medreq("m-met", dmd("Metformin 500mg tablets", "372567009", "Metformin"), "2020-11-18", "Two tablets twice daily", requester=r["gp"])
    c.medreq("m-ram", dmd("Ramipril 10mg capsules", "386872004", "Ramipril"), "2015-09-03", "One capsule daily", requester=r["gp"])
    c.medreq("m-pgb", dmd("Pregabalin 75mg capsules"), "2025-01-10", "One capsule twice daily", requester=r["gp"], reason=lss)
    c.medreq("m-allo", dmd("Allopurinol 100mg tablets"), "2017-03-01", "One tablet daily", requester=r["gp"])
    c.note("n-letter", NOTE_CLINIC_LETTER, "2026-10-22", r["cons"], """
Spinal Surgery Clinic
Dear Dr Vaughan,
Mr Haddon (66) returns with worsening neurogenic claudication; he can now only walk about 50 metres before his legs
give way and he has to sit down. ODI 52%. Physiotherapy, pregabalin and an epidural last year gave only short-lived
benefit. MRI shows severe stenosis at L3/4 and L4/5 with a grade 1 degenerative slip at L4/5.
We discussed L3-L5 posterior decompression with instrumented fusion at L4/5, including risks of dural tear, nerve
injury, infection, metalwork failure, adjacent segment disease, VTE and that leg pain is more reliably helped than
back pain. He wishes to proceed and has been listed; provisional date 12 January 2027.
Mr A Kulkarni, Consultant Spinal Surgeon""", enc=e2, custodian=r["trust"])
    return "Instrumented lumbar decompression and fusion listed for 12 Jan 2027 (ServiceRequest active/order)."


def mpp_nm_thr(c):
    r = nhs_setup(c, "tamar", "Patricia Ann", "Coombe", "female", "1955-12-02", 481236670, "TM0874512",
                  "6 Bellever Close", "TQ13 7EX", "Moorside Surgery", "L83045", ("Tomasz", "Lewandowski", "7102245"),
                  cons=("Fiona", "Hambly", "4670219", "Miss", "FRCS (Tr&Orth)"), prefix_title="Mrs")
    oa = c.cond("c-oa", sct("239872002", "Osteoarthritis of hip", "Osteoarthritis of right hip"), "2021-06-08", clinical="resolved",
                abated="2026-10-14", note="Treated by right total hip replacement 14/10/2026")
    c.cond("c-oak", sct("239873007", "Osteoarthritis of knee", "Osteoarthritis of left knee"), "2022-03-15")
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2010-04-20")
    c.cond("c-op", sct("64859006", "Osteoporosis"), "2018-11-05")
    e1 = c.enc("e1", "2026-10-14T07:30:00+01:00", "IMP", ENC_ADM, end="2026-10-16T14:00:00+01:00", provider=r["trust"],
               practitioner=r["cons"], admit=cc(("http://terminology.hl7.org/CodeSystem/admit-source", "other", "Other"), text="Elective waiting list"))
    e2 = c.enc("e2", "2026-11-25T10:40:00+00:00", "AMB", ENC_OP, provider=r["trust"], practitioner=r["cons"])
    c.proc("p-thr", sct("52734007", "Total replacement of hip", "Right uncemented total hip replacement"), "completed", "2026-10-14",
           reason=oa, performer=r["cons"], enc=e1, outcome="Uncomplicated; mobilised day 0",
           body_site=sct("287579007", "Right hip region structure"))
    c.sr("sr-thr", sct("52734007", "Total replacement of hip", "Right total hip replacement"), "2026-05-20", "completed", "order",
         occurrence="2026-10-14", reason=oa, requester=r["cons"])
    c.sr("sr-physio", {"text": "Outpatient physiotherapy - post THR rehabilitation"}, "2026-10-16", "active", "order",
         requester=r["cons"])
    c.lab("o-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-15", 112, "g/L", 115, 165, enc=e1)
    c.lab("o-hb2", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-25", 126, "g/L", 115, 165, enc=e2)
    c.obs("o-ohs", {"text": "Oxford Hip Score"}, "2026-11-25", 38, cat="survey", enc=e2, note="Pre-operative score 14/48")
    c.bp("o-bp", "2026-11-25", 134, 78, enc=e2)
    c.dr("dr-xr", {"text": "XR right hip AP and lateral"}, "2026-11-25", conclusion="Satisfactory position of uncemented right THR. No complication.")
    c.medreq("m-aml", dmd("Amlodipine 10mg tablets", "386864001", "Amlodipine"), "2010-04-20", "One tablet daily")
    c.medreq("m-aln", dmd("Alendronic acid 70mg tablets"), "2018-11-05", "One tablet once weekly")
    c.medreq("m-para", dmd("Paracetamol 500mg tablets", "387517004", "Paracetamol"), "2026-10-16", "Two tablets four times a day as required")
    c.medreq("m-dalt", dmd("Dalteparin sodium 5,000units/0.2ml solution for injection pre-filled syringes"), "2026-10-14",
             "5,000 units subcutaneously once daily for 28 days", status="completed", course="acute")
    c.note("n-dis", NOTE_DISCHARGE, "2026-10-16", r["cons"], """
Elective orthopaedic discharge summary
Procedure: Right uncemented total hip replacement, posterior approach, 14/10/2026. Spinal anaesthetic.
Uncomplicated; mobilised day 0 with physiotherapy; discharged day 2. Dalteparin for 28 days. Post-op Hb 112.
Follow-up: 6-week wound and X-ray review in arthroplasty clinic.""", enc=e1, custodian=r["trust"])
    c.note("n-fu", NOTE_CLINIC_LETTER, "2026-11-26", r["cons"], """
Arthroplasty clinic - 6 weeks post right THR
Mrs Coombe is doing very well, walking with one stick, wound healed. Oxford Hip Score improved from 14 to 38.
X-ray satisfactory. Her left knee OA is mild and managed conservatively; no further surgery is planned.
Review at 1 year. Miss F Hambly""", enc=e2, custodian=r["trust"])
    return "Total hip replacement already performed 14 Oct 2026; only post-operative physiotherapy outstanding."


def up_heart(c):
    r = nhs_setup(c, "calder", "Albert Edward", "Sowerby", "male", "1945-06-11", 402558119, "NC0129984",
                  "27 Wakefield Gate", "HX1 2RB", "Kings Cross Surgery", "B86042", ("Priya", "Menon", "6890127"),
                  cons=("Jonathan", "Eckersley", "4021877", "Dr", "FRCP, cardiology"), prefix_title="Mr")
    hf = c.cond("c-hf", sct("703272007", "Heart failure with reduced ejection fraction"), "2019-03-08", recorder=r["cons"],
                severity=sct("24484000", "Severe"), note="Ischaemic cardiomyopathy; LVEF 18% Sept 2026; NYHA IV")
    c.cond("c-ihd", sct("414545008", "Ischaemic heart disease"), "2011-08-19", note="Anterior MI 2011, CABG x3 2012")
    c.cond("c-af", sct("49436004", "Atrial fibrillation"), "2020-01-06")
    c.cond("c-ckd", sct("700379002", "Chronic kidney disease stage 3B"), "2022-05-16")
    c.cond("c-pn", sct("233604007", "Pneumonia"), "2024-01-03", clinical="resolved", abated="2024-01-20")
    e1 = c.enc("e1", "2026-10-01T21:40:00+01:00", "IMP", ENC_ADM, sct("84114007", "Heart failure", "Decompensated heart failure"),
               end="2026-10-09T12:00:00+01:00", provider=r["trust"],
               admit=cc(("http://terminology.hl7.org/CodeSystem/admit-source", "emd", "From accident/emergency department")))
    e2 = c.enc("e2", "2026-11-12T14:00:00+00:00", "AMB", ENC_OP, hf, provider=r["trust"], practitioner=r["cons"])
    c.obs("o-ef", cc((LN, "10230-1", "Left ventricular Ejection fraction")), "2026-09-15", (18, "%"), (55, None, "%"), "L", cat="imaging")
    c.lab("o-bnp", "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-10-08", 9840, "ng/L", None, 400, enc=e1)
    c.lab("o-egfr1", "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
          "2026-10-08", 36, "mL/min/1.73m2", 60, None, enc=e1, ucum="mL/min/{1.73_m2}")
    c.lab("o-k", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-12", 5.1, "mmol/L", 3.5, 5.3, enc=e2)
    c.lab("o-na", "2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-11-12", 131, "mmol/L", 133, 146, enc=e2)
    c.bp("o-bp", "2026-11-12", 92, 58, enc=e2, interp="L")
    c.vital("o-wt", "wt", "2026-11-12", 63.2, enc=e2)
    c.medreq("m-bis", dmd("Bisoprolol 2.5mg tablets", "386868003", "Bisoprolol"), "2019-04-01", "One tablet daily", requester=r["cons"], reason=hf)
    c.medreq("m-furo", dmd("Furosemide 40mg tablets", "387475002", "Furosemide"), "2026-10-09", "Two tablets in the morning, one at lunchtime", requester=r["cons"], reason=hf)
    c.medreq("m-spiro", dmd("Spironolactone 25mg tablets", "387078006", "Spironolactone"), "2020-02-11", "One tablet daily", requester=r["cons"], reason=hf)
    c.medreq("m-apix", dmd("Apixaban 2.5mg tablets", "698090000", "Apixaban"), "2020-01-06", "One tablet twice daily", requester=r["cons"])
    c.medreq("m-dapa", dmd("Dapagliflozin 10mg tablets"), "2022-09-01", "One tablet daily", requester=r["cons"], reason=hf)
    c.proc("p-icd", {"text": "Implantation of cardiac resynchronisation therapy defibrillator (CRT-D)"}, "completed", "2021-05-20")
    c.sr("sr-pall", sct("103735009", "Palliative care", "Referral to community specialist palliative care team"), "2026-11-12",
         "active", "order", reason=hf, requester=r["cons"], performer=r["trust"])
    c.note("n-dis", NOTE_DISCHARGE, "2026-10-09", r["cons"], """
Admitted via ED with decompensated heart failure (third admission this year). IV furosemide, 6 kg diuresis.
Sacubitril/valsartan stopped owing to symptomatic hypotension (SBP 80s) and worsening renal function.
Discharged on increased oral diuretic. Heart failure nurse follow-up arranged.""", enc=e1, custodian=r["trust"])
    c.note("n-letter", NOTE_CLINIC_LETTER, "2026-11-13", r["cons"], """
Heart Failure Clinic
Dear Dr Menon,
Re: Mr Albert Sowerby, 81
Diagnosis: ischaemic cardiomyopathy, LVEF 18%, NYHA IV; CRT-D in situ; permanent AF; CKD 3b.
Mr Sowerby remains breathless on minimal exertion despite maximally tolerated therapy. Sacubitril/valsartan had to be
stopped for hypotension. He is not a candidate for advanced heart failure therapies (transplant or LVAD) because of
age, frailty and renal function, and there are no further device or revascularisation options.
I explained to Mr Sowerby and his daughter that there are no further treatment options from a cardiology point of
view, and that our aim now is comfort and avoiding hospital where possible. I have referred him to the community
palliative care team and we discussed ReSPECT; he would prefer to be cared for at home.
Dr J Eckersley, Consultant Cardiologist""", enc=e2, custodian=r["trust"])
    return "End-stage HFrEF: cardiologist documents no further treatment options; palliative care referral Nov 2026; no second opinion."


def up_nm_oesoph(c):
    r = nhs_setup(c, "severn", "Keith William", "Marston", "male", "1958-01-21", 339004186, "SV2040716",
                  "52 Barbourne Road", "WR1 1HX", "St John's Medical Centre", "M81012", ("Olivia", "Pargeter", "7260033"),
                  cons=("Samuel", "Idowu", "4812290", "Dr", "FRCP, medical oncology"), prefix_title="Mr")
    ca = c.cond("c-ca", sct("372142002", "Malignant neoplasm of oesophagus", "Adenocarcinoma of lower oesophagus with liver metastases"),
                "2026-05-19", recorder=r["cons"], note="Stage IV (liver). HER2 negative. PD-L1 CPS 2.")
    c.cond("c-copd", sct("13645005", "Chronic obstructive lung disease"), "2016-09-12")
    c.cond("c-gord", sct("235595009", "Gastroesophageal reflux disease"), "2008-03-04")
    e1 = c.enc("e1", "2026-06-09T11:00:00+01:00", "AMB", ENC_NEW, ca, provider=r["trust"], practitioner=r["cons"])
    e2 = c.enc("e2", "2026-11-18T10:00:00+00:00", "AMB", ENC_OP, ca, provider=r["trust"], practitioner=r["cons"])
    c.proc("p-stent", {"text": "Endoscopic insertion of oesophageal self-expanding metal stent"}, "completed", "2026-06-02",
           reason=ca, outcome="Dysphagia improved to soft diet")
    c.obs("o-ps", {"text": "ECOG performance status"}, "2026-06-09", 3, cat="exam", enc=e1)
    c.obs("o-ps2", {"text": "ECOG performance status"}, "2026-11-18", 3, cat="exam", enc=e2)
    c.vital("o-wt", "wt", "2026-11-18", 58.6, enc=e2)
    c.lab("o-alb", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-11-18", 29, "g/L", 35, 50, enc=e2)
    c.lab("o-bili", "1975-2", "Bilirubin.total [Moles/volume] in Serum or Plasma", "2026-11-18", 19, "umol/L", None, 21, enc=e2)
    c.sr("sr-pall", sct("103735009", "Palliative care", "Referral to hospice community palliative care"), "2026-06-09", "active", "order",
         reason=ca, requester=r["cons"])
    c.careplan("cp", "Best supportive care plan", "active", "plan", "2026-06-09",
               sct("736373009", "Palliative care plan"), addresses=[ca], author=r["cons"],
               activities=[("Symptom control: dysphagia, pain", "in-progress"), ("Dietitian review", "in-progress"),
                           ("Hospice day services", "scheduled")])
    so = c.org("org-so", "Thames Regional Cancer Centre")
    c.prac("so-doc", "Harriet", "Lomas", ident=(GMC, "4590338"), qual="FRCP, upper GI oncology")
    c.note("n-so", NOTE_CLINIC_LETTER, "2026-07-21", f"Practitioner/{c.cid}-so-doc", """
Second opinion - Upper GI Oncology, Thames Regional Cancer Centre
Dear Dr Idowu,
Thank you for asking me to see Mr Marston, who requested a second opinion regarding treatment options for his
metastatic HER2-negative oesophageal adenocarcinoma. I reviewed his imaging and histology and saw him with his wife.
With ECOG performance status 3, weight loss of 14 kg and albumin 29, I agree that systemic chemotherapy or
chemo-immunotherapy would carry more harm than benefit. He is not eligible for any open clinical trial here.
I support the current plan of best supportive care with the community palliative team.
Dr H Lomas, Consultant Medical Oncologist""", custodian=so)
    c.medreq("m-oxy", dmd("Oxycodone 5mg/5ml oral solution"), "2026-09-30", "2.5-5mg every 4 hours as required for pain")
    c.medreq("m-lanso", dmd("Lansoprazole 30mg orodispersible tablets", "386888004", "Lansoprazole"), "2008-03-04", "One daily")
    c.medreq("m-inh", dmd("Tiotropium 2.5microgram/dose solution for inhalation"), "2017-01-10", "Two puffs once daily")
    c.note("n-fu", NOTE_CLINIC_LETTER, "2026-11-18", r["cons"], """
Oncology review. Mr Marston is comfortable at home, eating soft diet via stent. Pain controlled on PRN oxycodone.
Second opinion (Dr Lomas, July 2026) concurred with best supportive care. He and his wife are settled with this plan.
Continue community palliative care; review in 8 weeks.""", enc=e2, custodian=r["trust"])
    return "Metastatic oesophageal cancer on best supportive care, but an independent second opinion in July 2026 agreed the plan."


def hit_prostate(c):
    r = nhs_setup(c, "tamar", "Graham Peter", "Luscombe", "male", "1954-07-07", 274561903, "TM3390172",
                  "Higher Barton Farm", "EX20 3PL", "Okement Valley Surgery", "L83660", ("Sarah", "Pengelly", "6340911"),
                  cons=("Ravi", "Chandran", "4711093", "Dr", "FRCR, clinical oncology"), prefix_title="Mr")
    ca = c.cond("c-ca", sct("399068003", "Malignant tumor of prostate", "Adenocarcinoma of prostate, high risk localised"),
                "2026-08-12", recorder=r["cons"], note="T3a N0 M0, Gleason 4+4=8 (Grade Group 4), presenting PSA 23.6")
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2012-05-11")
    c.cond("c-hyperlip", sct("55822004", "Hyperlipidemia"), "2014-10-02")
    c.cond("c-bph", sct("266569009", "Benign prostatic hyperplasia"), "2019-02-19", clinical="resolved", abated="2026-08-12",
           note="Superseded by prostate cancer diagnosis")
    e1 = c.enc("e1", "2026-07-07T09:00:00+01:00", "AMB", ENC_GP, provider=r["surgery"], practitioner=r["gp"])
    e2 = c.enc("e2", "2026-09-03T13:00:00+01:00", "AMB", ENC_NEW, ca, provider=r["trust"], practitioner=r["cons"])
    e3 = c.enc("e3", "2026-11-19T15:30:00+00:00", "AMB", ENC_OP, ca, provider=r["trust"], practitioner=r["cons"])
    c.lab("o-psa1", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-07-08", 23.6, "ug/L", None, 4.5, enc=e1)
    c.lab("o-psa2", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-11-18", 1.9, "ug/L", None, 4.5, enc=e3,
          interp="N")
    c.dr("dr-mri", {"text": "MRI prostate (multiparametric)"}, "2026-07-24",
         conclusion="PI-RADS 5 lesion left peripheral zone with extraprostatic extension. Seminal vesicles clear. No adenopathy.")
    c.proc("p-bx", {"text": "Transperineal prostate biopsy"}, "completed", "2026-08-05", outcome="Gleason 4+4=8 in 9/24 cores")
    c.dr("dr-pet", {"text": "PSMA PET-CT"}, "2026-08-26", conclusion="Avid left prostate primary. No nodal or distant disease.")
    c.medreq("m-bica", dmd("Bicalutamide 50mg tablets", "386908000", "Bicalutamide"), "2026-09-03", "One tablet daily for 28 days", status="completed", course="acute")
    c.medreq("m-lhrh", dmd("Leuprorelin 11.25mg powder and solvent for suspension for injection", "397198002", "Leuprorelin"),
             "2026-09-10", "11.25mg subcutaneously every 3 months", requester=r["cons"], reason=ca)
    c.medreq("m-aml", dmd("Amlodipine 5mg tablets", "386864001", "Amlodipine"), "2012-05-11", "One tablet daily")
    c.medreq("m-ator", dmd("Atorvastatin 20mg tablets", "373444002", "Atorvastatin"), "2014-10-02", "One tablet at night")
    c.sr("sr-rt", cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"),
                     text="Radical external beam radiotherapy (IMRT) to prostate and seminal vesicles 60 Gy in 20 fractions"),
         "2026-11-19", "active", "order", occ_period=("2027-01-11", "2027-02-05"), reason=ca, requester=r["cons"], performer=r["trust"])
    c.note("n-mdt", NOTE_MDT, "2026-08-28", r["cons"], """
Urology cancer MDT outcome
72M, high-risk localised prostate adenocarcinoma, T3a N0 M0 (PSMA PET), Gleason 4+4, PSA 23.6.
Recommendation: radical radiotherapy with 2-3 years of androgen deprivation therapy; radical prostatectomy offered as
alternative. To see clinical oncology and urology.""", custodian=r["trust"])
    c.note("n-letter", NOTE_CLINIC_LETTER, "2026-11-20", r["cons"], """
Clinical Oncology
Dear Dr Pengelly,
Mr Luscombe has been on LHRH analogue since September, PSA now 1.9. He is troubled by hot flushes and fatigue but
coping. Having considered surgery he has chosen radical radiotherapy: 60 Gy in 20 fractions over 4 weeks to prostate
and seminal vesicles, planned to start 11 January 2027, followed by a total of 2-3 years of hormone therapy.
We discussed acute and late bowel and bladder toxicity, erectile dysfunction and fatigue. Fiducial markers and a
planning CT are booked for December. Dr R Chandran, Consultant Clinical Oncologist""", enc=e3, custodian=r["trust"])
    return "Radical prostate radiotherapy ordered to start 11 Jan 2027 after ADT; high-impact treatment planned."


def hit_nm_efudix(c):
    r = nhs_setup(c, "calder", "Ronald", "Greenwood", "male", "1949-02-14", 287731940, "NC7744120",
                  "4 Ovenden Wood Road", "HX2 0TJ", "Brookfoot Medical Practice", "B86027", ("Imran", "Bashir", "7023418"),
                  cons=("Lucy", "Akinola", "6550382", "Dr", "FRCP, dermatology"), prefix_title="Mr")
    ak = c.cond("c-ak", sct("201101007", "Actinic keratosis", "Actinic keratoses of scalp (field change)"), "2024-06-03",
                recorder=r["cons"], body_site=sct("41695006", "Scalp structure"))
    c.cond("c-bcc", sct("254701007", "Basal cell carcinoma of skin", "Nodular basal cell carcinoma left nasal ala"), "2021-03-10",
           clinical="resolved", abated="2021-04-22", note="Excised with clear margins 22/04/2021")
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2005-11-30")
    c.cond("c-bph", sct("266569009", "Benign prostatic hyperplasia"), "2016-08-08")
    e1 = c.enc("e1", "2026-11-02T09:30:00+00:00", "AMB", ENC_OP, ak, provider=r["trust"], practitioner=r["cons"])
    c.proc("p-cryo", {"text": "Cryotherapy to hyperkeratotic actinic keratoses x4, scalp"}, "completed", "2026-11-02", reason=ak,
           performer=r["cons"], enc=e1)
    c.proc("p-exc", {"text": "Excision of lesion of skin of nose (BCC)"}, "completed", "2021-04-22")
    c.medreq("m-5fu", dmd("Efudix 5% cream (fluorouracil)", "387172005", "Fluorouracil"), "2026-11-02",
             "Apply thinly to affected area of scalp once daily for 3 weeks", requester=r["cons"], reason=ak, course="acute",
             note="Expect redness and crusting; use emollient; stop early if very sore")
    c.medreq("m-tams", dmd("Tamsulosin 400microgram modified-release capsules"), "2016-08-08", "One capsule daily")
    c.medreq("m-ram", dmd("Ramipril 5mg capsules", "386872004", "Ramipril"), "2005-11-30", "One capsule daily")
    c.medreq("m-sun", dmd("Sunscreen SPF50 cream"), "2024-06-03", "Apply to exposed skin daily (ACBS)")
    c.bp("o-bp", "2026-09-10", 138, 80)
    c.lab("o-egfr", "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
          "2026-09-10", 71, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}")
    c.lab("o-psa", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-09-10", 2.4, "ug/L", None, 6.5)
    c.obs("o-dlqi", {"text": "Dermatology Life Quality Index (DLQI)"}, "2026-11-02", 3, cat="survey", enc=e1)
    c.note("n-letter", NOTE_CLINIC_LETTER, "2026-11-03", r["cons"], """
Dermatology Clinic
Dear Dr Bashir,
Diagnosis: 1. Multiple actinic keratoses on a background of field change, bald scalp. 2. Previous BCC left nasal ala
(2021), no recurrence.
I treated four thicker keratoses with cryotherapy today and have started field treatment with Efudix (5-fluorouracil)
cream once daily for three weeks. I warned Mr Greenwood the scalp will become red and crusted before it heals. No
suspicious lesions today. DLQI 3. Hat and SPF 50 advised. Review 3 months.
Dr L Akinola, Consultant Dermatologist""", enc=e1, custodian=r["trust"])
    c.note("n-gp", NOTE_GP, "2026-11-20", r["gp"], "Telephone call: scalp red and crusty as expected on Efudix, tolerating, advised to continue and use emollient.",
           custodian=r["surgery"])
    return "Topical fluorouracil (Efudix) for actinic keratoses - 'chemotherapy' drug but a minor topical treatment."


def prc_migraine_qr(c):
    r = nhs_setup(c, "severn", "Joanne Elizabeth", "Kavanagh", "female", "1982-05-23", 518440227, "SV3300981",
                  "11 Lansdowne Crescent", "WR3 8JE", "Ledbury Road Surgery", "M81041", ("Sunita", "Ramaswamy", "6124055"),
                  cons=("Edmund", "Aylward", "4417650", "Dr", "FRCP, neurology"), prefix_title="Ms")
    mig = c.cond("c-mig", sct("124171000119105", "Chronic intractable migraine without aura", "Chronic migraine without aura"),
                 "2019-04-02", recorder=r["cons"])
    c.cond("c-moh", sct("764718002", "Medication overuse headache"), "2024-02-01", clinical="resolved", abated="2024-05-01")
    c.cond("c-anx", sct("197480006", "Anxiety disorder"), "2016-06-20", clinical="inactive")
    e1 = c.enc("e1", "2026-05-14T09:00:00+01:00", "AMB", ENC_OP, mig, provider=r["trust"], practitioner=r["cons"])
    e2 = c.enc("e2", "2026-11-26T09:00:00+00:00", "AMB", ENC_OP, mig, provider=r["trust"], practitioner=r["cons"])
    c.obs("o-mhd1", {"text": "Monthly headache days (headache diary)"}, "2026-05-14", (18, "d/mo", "d/mo"), cat="survey", enc=e1)
    c.obs("o-mhd2", {"text": "Monthly headache days (headache diary)"}, "2026-11-20", (16, "d/mo", "d/mo"), cat="survey", enc=e2)
    c.obs("o-hit6", {"text": "HIT-6 headache impact score"}, "2026-11-20", 64, cat="survey", enc=e2)
    c.medstmt("ms-topi", dmd("Topiramate 50mg tablets"), "2020-01-10", "50mg twice daily", status="stopped", end="2020-09-01",
              note="Stopped - cognitive side effects")
    c.medstmt("ms-prop", dmd("Propranolol 80mg modified-release capsules", "372772003", "Propranolol"), "2021-02-01", "80mg daily",
              status="stopped", end="2022-06-01", note="Ineffective after 6 months")
    c.medreq("m-ami", dmd("Amitriptyline 25mg tablets", "372726002", "Amitriptyline"), "2022-06-10", "One tablet at night", reason=mig)
    c.medreq("m-cand", dmd("Candesartan 8mg tablets"), "2025-09-01", "One tablet twice daily", reason=mig)
    c.medreq("m-sum", dmd("Sumatriptan 50mg tablets", "395892000", "Sumatriptan"), "2019-04-02", "One at onset; max 2 days a week")
    q_url = "https://forms.severnvale.nhs.uk/Questionnaire/neuro-preclinic-v3"
    c.add("QuestionnaireResponse", "qr", {
        "questionnaire": q_url, "status": "completed", "subject": c.subj, "authored": "2026-11-20T19:42:00+00:00",
        "author": c.subj, "source": c.subj, "encounter": {"reference": e2},
        "item": [
            {"linkId": "1", "text": "How many days in the last month did you have a headache?", "answer": [{"valueInteger": 16}]},
            {"linkId": "2", "text": "Which treatments have you tried since your last appointment?",
             "answer": [{"valueString": "Candesartan 16mg a day for 6 months, amitriptyline. Not much different."}]},
            {"linkId": "3", "text": "What would you most like to discuss at your appointment?",
             "answer": [{"valueString": "Whether I can have Botox or the monthly CGRP injections. I was told I don't qualify."}]},
            {"linkId": "4", "text": "Would you like a second opinion from another consultant about your diagnosis or treatment?",
             "answer": [{"valueCoding": {"system": LN, "code": "LA33-6", "display": "Yes"}}]},
            {"linkId": "4.1", "text": "If yes, please tell us why",
             "answer": [{"valueString": "I feel we keep going round in circles and I'd like someone else to look at my case fresh."}]},
        ]})
    c.note("n-letter", NOTE_CLINIC_LETTER, "2026-05-15", r["cons"], """
Headache Clinic
Chronic migraine without aura, 18 headache days a month. Failed topiramate (side effects) and propranolol. Now on
amitriptyline 25mg and candesartan 8mg bd (started Sept 2025). She has not yet failed three preventives at adequate
dose and duration, so does not meet criteria for botulinum toxin or CGRP monoclonal antibodies at present.
Plan: continue candesartan for a further 6 months; headache diary; review in 6 months. Dr E Aylward""", enc=e1, custodian=r["trust"])
    return "Pre-clinic questionnaire (patient-completed) answers Yes to wanting a second opinion on her chronic migraine care."


def prc_nm_af(c):
    r = nhs_setup(c, "tamar", "Stephen Paul", "Yeo", "male", "1967-09-03", 602231448, "TM1209338",
                  "Carrow House, Newton Road", "TQ12 6RQ", "Moorside Surgery", "L83045", ("Tomasz", "Lewandowski", "7102245"),
                  cons=("Meera", "Bhattacharya", "4933015", "Dr", "FRCP, cardiology"), prefix_title="Mr")
    af = c.cond("c-af", sct("49436004", "Atrial fibrillation", "Persistent atrial fibrillation"), "2025-11-04", recorder=r["cons"])
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2018-02-13")
    c.cond("c-osa", sct("78275009", "Obstructive sleep apnoea syndrome"), "2022-07-01")
    e1 = c.enc("e1", "2026-03-24T14:30:00+00:00", "AMB", ENC_OP, af, provider=r["trust"], practitioner=r["cons"])
    e2 = c.enc("e2", "2026-10-28T10:00:00+00:00", "AMB", ENC_OP, af, provider=r["trust"], practitioner=r["cons"])
    c.comm("cm-1", "2026-04-09T08:15:00+01:00", c.pref, r["cons"],
           "Dear Dr Bhattacharya, after our appointment I have been reading about ablation. I would like a second opinion from an electrophysiologist before deciding to stay on tablets. Is that possible? Stephen Yeo",
           category={"text": "Patient correspondence"}, medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT", "email")))
    so = c.org("org-so", "Wessex Heart Rhythm Centre")
    sod = c.prac("so-doc", "Daniel", "Forsyth", ident=(GMC, "6129904"), qual="FRCP, cardiac electrophysiology")
    c.note("n-so", NOTE_CLINIC_LETTER, "2026-06-18", sod, """
Electrophysiology second opinion - Wessex Heart Rhythm Centre
Dear Dr Bhattacharya,
I saw Mr Yeo at his request for a second opinion about catheter ablation for persistent AF. He is largely asymptomatic
in rate-controlled AF (EHRA 1-2) with a normal LV. With untreated OSA until recently and a BMI of 34, I advised that
risk-factor modification (CPAP adherence, weight loss, alcohol reduction) and rate control is the right approach for
now; ablation can be reconsidered if he becomes symptomatic. He was happy with this advice.
Dr D Forsyth, Consultant Cardiologist and Electrophysiologist""", custodian=so)
    c.comm("cm-2", "2026-11-03T17:50:00+00:00", c.pref, r["surgery"],
           "Hello, thanks for sorting out the second opinion with the Wessex team in the summer. I'm happy carrying on as we are. Could my bisoprolol and apixaban be put on repeat for 2 months please? Steve",
           category={"text": "Prescription request"}, medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT", "email")))
    c.medreq("m-bis", dmd("Bisoprolol 5mg tablets", "386868003", "Bisoprolol"), "2025-11-04", "One tablet daily", reason=af)
    c.medreq("m-apix", dmd("Apixaban 5mg tablets", "698090000", "Apixaban"), "2025-11-04", "One tablet twice daily", reason=af)
    c.medreq("m-aml", dmd("Amlodipine 5mg tablets", "386864001", "Amlodipine"), "2018-02-13", "One tablet daily")
    c.vital("o-hr", "hr", "2026-10-28", 78, enc=e2)
    c.bp("o-bp", "2026-10-28", 132, 84, enc=e2)
    c.vital("o-bmi", "bmi", "2026-10-28", 32.1, enc=e2)
    c.dr("dr-echo", {"text": "Transthoracic echocardiogram"}, "2026-01-12", conclusion="Normal LV size and function, LVEF 58%. Mild LA dilatation. No significant valve disease.")
    c.note("n-fu", NOTE_CLINIC_LETTER, "2026-10-29", r["cons"], """
Cardiology follow-up. Persistent AF, rate controlled (78 bpm), asymptomatic. Using CPAP nightly, lost 5 kg.
He saw Dr Forsyth for a second opinion in June, who agreed with rate control and risk-factor management.
CHA2DS2-VASc 1 (hypertension) - continue apixaban after discussion. Review 12 months.""", enc=e2, custodian=r["trust"])
    return "Patient asked for a second opinion in April 2026 and it was provided in June 2026; latest message is a repeat-prescription request."


def wdt_hba1c(c):
    r = nhs_setup(c, "calder", "Tariq", "Mahmood", "male", "1969-12-19", 330875124, "NC6610237",
                  "9 Hopwood Lane", "HX1 5ER", "Kings Cross Surgery", "B86042", ("Priya", "Menon", "6890127"))
    dm = c.cond("c-dm", sct("44054006", "Diabetes mellitus type 2"), "2019-03-12", recorder=r["gp"])
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2017-08-30")
    c.cond("c-lip", sct("55822004", "Hyperlipidemia"), "2019-03-12")
    dates = [("2026-03-04", 58, 92.1), ("2026-06-10", 67, 92.6), ("2026-10-21", 79, 93.0)]
    for i, (d, a1c, wt) in enumerate(dates, 1):
        e = c.enc(f"e{i}", d + "T09:00:00+00:00", "AMB", cc((SCT, "170744004", "Diabetic chronic disease review")),
                  dm, provider=r["surgery"], practitioner=r["gp"])
        c.lab(f"o-a1c{i}", "59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", d, a1c, "mmol/mol", 20, 48, enc=e)
        c.vital(f"o-wt{i}", "wt", d, wt, enc=e)
    c.lab("o-egfr", "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
          "2026-10-21", 84, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}")
    c.lab("o-acr", "14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine", "2026-10-21", 2.1, "mg/mmol", None, 3)
    c.bp("o-bp", "2026-10-21", 134, 82)
    c.medreq("m-met", dmd("Metformin 1g tablets", "372567009", "Metformin"), "2019-06-01", "One tablet twice daily with meals", reason=dm)
    c.medreq("m-glic", dmd("Gliclazide 80mg tablets"), "2023-02-15", "Two tablets twice daily", reason=dm)
    c.medreq("m-empa", dmd("Empagliflozin 10mg tablets", "703894008", "Empagliflozin"), "2025-01-20", "One tablet daily", reason=dm)
    c.medreq("m-ator", dmd("Atorvastatin 40mg tablets", "373444002", "Atorvastatin"), "2019-03-12", "One tablet at night")
    c.medreq("m-ram", dmd("Ramipril 10mg capsules", "386872004", "Ramipril"), "2017-08-30", "One capsule daily")
    c.note("n-dsn", NOTE_GP, "2026-10-21", r["gp"], """
Diabetes review with practice diabetes nurse. HbA1c 79 (67 in June, 58 in March) despite metformin 1g bd, gliclazide
160mg bd and empagliflozin 10mg, all unchanged and collected on time (repeat dispensing records checked); he brought his
blister packs. Diet reviewed - Ramadan was in Feb/Mar; no steroid use. Weight stable. No osmotic symptoms reported.
Retinal screening up to date (no retinopathy). Foot check low risk. Discussed adding injectable therapy - he would like
to think about it. Rebook 6 weeks.""", custodian=r["surgery"])
    return "HbA1c 58 -> 67 -> 79 mmol/mol over 7 months with triple oral therapy unchanged and adherence checked."


def wdt_nm_knee(c):
    r = nhs_setup(c, "severn", "Margaret Rose", "Hemming", "female", "1962-04-04", 270119583, "SV0551290",
                  "7 Pershore Lane", "WR10 2JP", "Malvern Chase Practice", "M81077", ("Heledd", "Vaughan", "6233901"),
                  prefix_title="Mrs")
    oa = c.cond("c-oa", sct("239873007", "Osteoarthritis of knee", "Osteoarthritis of right knee"), "2026-04-15", recorder=r["gp"])
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2016-01-12")
    c.cond("c-gord", sct("235595009", "Gastroesophageal reflux disease"), "2020-07-07")
    pain = cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    for i, (d, v) in enumerate([("2026-04-15", 4), ("2026-07-22", 6), ("2026-10-27", 8)], 1):
        e = c.enc(f"e{i}", d + "T10:00:00+01:00", "AMB", ENC_GP, sct("247373008", "Knee pain"), provider=r["surgery"], practitioner=r["gp"])
        c.obs(f"o-pain{i}", pain, d, (v, "{score}"), cat="survey", enc=e)
    c.dr("dr-xr", {"text": "XR right knee weight-bearing"}, "2026-05-02",
         conclusion="Moderate medial compartment joint space narrowing with osteophytes. Patellofemoral OA. No effusion.")
    c.medstmt("ms-para", dmd("Paracetamol 500mg tablets", "387517004", "Paracetamol"), "2026-04-15", "Advised as required - rarely taken",
              status="not-taken", note="Patient preferred not to take regular painkillers; declined physio referral in April")
    c.medreq("m-nap", dmd("Naproxen 500mg tablets", "372588000", "Naproxen"), "2026-10-27", "One tablet twice daily with food", reason=oa)
    c.medreq("m-ome", dmd("Omeprazole 20mg gastro-resistant capsules", "387137007", "Omeprazole"), "2020-07-07", "One capsule daily")
    c.medreq("m-aml", dmd("Amlodipine 5mg tablets", "386864001", "Amlodipine"), "2016-01-12", "One tablet daily")
    c.sr("sr-physio", {"text": "MSK physiotherapy - knee OA exercise programme (ESCAPE-pain)"}, "2026-10-27", "active", "order",
         reason=oa, requester=r["gp"])
    c.bp("o-bp", "2026-10-27", 138, 84)
    c.vital("o-bmi", "bmi", "2026-10-27", 31.2)
    c.note("n-gp1", NOTE_GP, "2026-04-15", r["gp"], """
R knee pain 3 months, worse on stairs. O/E crepitus, no effusion. Likely OA - X-ray requested. Discussed weight loss,
exercise, paracetamol/topical NSAID and physio. She would rather 'see how it goes' and not take tablets. Declined physio.""", custodian=r["surgery"])
    c.note("n-gp3", NOTE_GP, "2026-10-27", r["gp"], """
Knee pain now 8/10, struggling with stairs at work. Has not been taking any analgesia or doing exercises until now.
Agreed to start naproxen with PPI cover (already on omeprazole) and referred to ESCAPE-pain physio group. Review 6 weeks.
If no improvement after conservative treatment, consider orthopaedic referral.""", custodian=r["surgery"])
    return "Knee OA pain 4 -> 8 over six months, but no treatment was taken until Oct 2026; decline was untreated."


def rcc_hht(c):
    r = nhs_setup(c, "tamar", "Bethany Claire", "Rowe", "female", "1988-01-30", 455092361, "TM4471903",
                  "2 Quay Cottages", "PL20 6LX", "Tavy Valley Health Centre", "L83102", ("Nicholas", "Penrose", "5206613"),
                  cons=("Ifeoma", "Nwachukwu", "7044812", "Dr", "FRCP, FRCPath, haematology"), prefix_title="Ms")
    hht = c.cond("c-hht", sct("21877004", "Hereditary haemorrhagic telangiectasia"), "2014-03-11", recorder=r["cons"],
                 note="Curacao criteria 4/4. Pathogenic ENG variant. Treated pulmonary AVM (2015).")
    ida = c.cond("c-ida", sct("87522002", "Iron deficiency anaemia", "Iron deficiency anaemia secondary to HHT epistaxis"), "2022-09-01",
                 recorder=r["cons"])
    c.cond("c-mig", sct("37796009", "Migraine"), "2010-01-01")
    c.cond("c-epi", sct("249366005", "Bleeding from nose", "Recurrent epistaxis"), "2008-01-01")
    e1 = c.enc("e1", "2026-06-15T09:30:00+01:00", "AMB", ENC_OP, hht, provider=r["trust"], practitioner=r["cons"])
    e2 = c.enc("e2", "2026-09-29T09:30:00+01:00", "AMB", {"text": "Ambulatory day unit - iron infusion"}, ida, provider=r["trust"])
    e3 = c.enc("e3", "2026-11-23T09:30:00+00:00", "AMB", ENC_OP, hht, provider=r["trust"], practitioner=r["cons"])
    c.lab("o-hb1", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-22", 104, "g/L", 115, 165)
    c.lab("o-ferr1", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-09-22", 8, "ug/L", 13, 150)
    c.lab("o-hb2", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-20", 121, "g/L", 115, 165, enc=e3)
    c.lab("o-ferr2", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-11-20", 96, "ug/L", 13, 150, enc=e3)
    c.obs("o-ess", {"text": "Epistaxis Severity Score (ESS)"}, "2026-11-23", (4.9, "{score}"), cat="survey", enc=e3)
    c.proc("p-emb", {"text": "Embolisation of pulmonary arteriovenous malformation, right lower lobe"}, "completed", "2015-05-20", reason=hht)
    c.proc("p-fe", {"text": "Intravenous ferric carboxymaltose 1000mg infusion"}, "completed", "2026-09-29", reason=ida, enc=e2)
    c.dr("dr-bub", {"text": "Contrast (bubble) transthoracic echocardiogram"}, "2025-10-02", conclusion="Grade 1 shunt only; no treatable PAVM.")
    c.dr("dr-mri", {"text": "MRI brain"}, "2015-02-18", conclusion="No cerebral vascular malformation.")
    c.medreq("m-txa", dmd("Tranexamic acid 500mg tablets"), "2023-03-01", "Two tablets three times daily", reason=hht)
    c.medreq("m-fe", dmd("Ferrous fumarate 210mg tablets"), "2024-01-10", "One tablet daily", reason=ida)
    c.medreq("m-saline", dmd("Sodium chloride 0.9% nasal spray"), "2022-01-01", "Two sprays each nostril twice daily")
    c.note("n-letter", NOTE_CLINIC_LETTER, "2026-11-24", r["cons"], """
Hereditary Haemorrhagic Telangiectasia (HHT) Clinic
Diagnosis: HHT type 1 (ENG pathogenic variant), recurrent epistaxis, iron deficiency anaemia, treated right lower lobe
PAVM (2015). Screening: no cerebral AVM; residual grade 1 pulmonary shunt - antibiotic prophylaxis before dental work.
Epistaxis Severity Score 4.9. Hb 121 after IV iron in September. Continue tranexamic acid and oral iron; ENT to consider
further laser treatment. Her children (aged 6 and 9) have been referred for genetic screening.
Dr I Nwachukwu, Consultant Haematologist (HHT service)""", enc=e3, custodian=r["trust"])
    return "Hereditary haemorrhagic telangiectasia (rare disease, SNOMED) under a specialist HHT clinic."


def rcc_nm_fourchronic(c):
    r = nhs_setup(c, "severn", "Sandra Jean", "Pitts", "female", "1959-05-16", 214990682, "SV2917744",
                  "41 Bromyard Road", "WR2 5BU", "St John's Medical Centre", "M81012", ("Olivia", "Pargeter", "7260033"),
                  prefix_title="Mrs")
    dm = c.cond("c-dm", sct("44054006", "Diabetes mellitus type 2"), "2016-10-10", recorder=r["gp"])
    c.cond("c-htn", sct("38341003", "Hypertensive disorder, systemic arterial"), "2011-02-22")
    c.cond("c-hypo", sct("40930008", "Hypothyroidism"), "2003-06-30")
    c.cond("c-oak", sct("239873007", "Osteoarthritis of knee"), "2020-09-14")
    c.cond("c-pn", sct("385093006", "Community acquired pneumonia"), "2025-01-08", clinical="resolved", abated="2025-01-29")
    c.cond("c-cell", sct("128045006", "Cellulitis", "Cellulitis of left lower leg"), "2024-07-19", clinical="resolved", abated="2024-08-02")
    c.cond("c-colles", sct("263225007", "Fracture of distal end of radius", "Colles fracture left wrist"), "2022-12-05",
           clinical="resolved", abated="2023-02-20")
    c.cond("c-gdm", sct("11687002", "Gestational diabetes mellitus"), "1990-03-01", clinical="resolved", abated="1990-08-01")
    c.cond("c-shing", sct("4740000", "Herpes zoster"), "2019-04-11", clinical="resolved", abated="2019-05-15")
    e1 = c.enc("e1", "2026-10-13T09:15:00+01:00", "AMB", cc((SCT, "170744004", "Diabetic chronic disease review")), dm,
               provider=r["surgery"], practitioner=r["gp"])
    c.lab("o-a1c0", "59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "2026-04-09", 53, "mmol/mol", 20, 48)
    c.lab("o-a1c", "59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "2026-10-13", 52, "mmol/mol", 20, 48, enc=e1)
    c.lab("o-tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-10-13", 1.6, "mU/L", 0.27, 4.2, enc=e1, ucum="m[IU]/L")
    c.lab("o-egfr", "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
          "2026-10-13", 74, "mL/min/1.73m2", 60, None, enc=e1, ucum="mL/min/{1.73_m2}")
    c.lab("o-chol", "14647-2", "Cholesterol [Moles/volume] in Serum or Plasma", "2026-10-13", 4.1, "mmol/L", None, 5.0, enc=e1)
    c.bp("o-bp", "2026-10-13", 134, 78, enc=e1)
    c.vital("o-bmi", "bmi", "2026-10-13", 30.4, enc=e1)
    c.medreq("m-met", dmd("Metformin 500mg tablets", "372567009", "Metformin"), "2016-10-10", "Two tablets twice daily", reason=dm)
    c.medreq("m-ram", dmd("Ramipril 5mg capsules", "386872004", "Ramipril"), "2011-02-22", "One capsule daily")
    c.medreq("m-levo", dmd("Levothyroxine sodium 100microgram tablets"), "2003-06-30", "One tablet each morning")
    c.medreq("m-ator", dmd("Atorvastatin 20mg tablets", "373444002", "Atorvastatin"), "2016-10-10", "One tablet at night")
    c.medreq("m-para", dmd("Paracetamol 500mg tablets", "387517004", "Paracetamol"), "2020-09-14", "Two tablets up to four times daily when required")
    c.note("n-review", NOTE_GP, "2026-10-13", r["gp"], """
Annual long-term conditions review (diabetes, hypertension, hypothyroidism). Well. HbA1c 52 stable, BP 134/78, TSH 1.6.
Knee OA manageable with paracetamol and walking group. Feet low risk, retinal screening normal. Flu vaccine given.
No changes. Recall 12 months.""", enc=e1, custodian=r["surgery"])
    return "Four common chronic conditions (diabetes, hypertension, hypothyroidism, knee OA) plus several resolved episodes - below the complexity threshold, nothing rare."


NHS_CASES = [
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", psnw_breathless, []),
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", psnw_nm_coeliac, []),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", dsm_ibs, []),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", dsm_nm_hypothyroid, []),
    ("MAJOR_PROCEDURE_PLANNED", "positive", mpp_lumbar, []),
    ("MAJOR_PROCEDURE_PLANNED", "near-miss", mpp_nm_thr, []),
    ("UNTREATABLE_PROGNOSIS", "positive", up_heart, []),
    ("UNTREATABLE_PROGNOSIS", "near-miss", up_nm_oesoph, []),
    ("HIGH_IMPACT_TREATMENT", "positive", hit_prostate, []),
    ("HIGH_IMPACT_TREATMENT", "near-miss", hit_nm_efudix, []),
    ("PATIENT_REPORTED_CONCERN", "positive", prc_migraine_qr, []),
    ("PATIENT_REPORTED_CONCERN", "near-miss", prc_nm_af, []),
    ("WORSENING_DESPITE_TREATMENT", "positive", wdt_hba1c, []),
    ("WORSENING_DESPITE_TREATMENT", "near-miss", wdt_nm_knee, []),
    ("RARE_OR_COMPLEX_CONDITION", "positive", rcc_hht, []),
    ("RARE_OR_COMPLEX_CONDITION", "near-miss", rcc_nm_fourchronic, []),
]
