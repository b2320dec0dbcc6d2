"""Cases: persistent symptoms, diagnosis mismatch, major procedure, untreatable prognosis."""
from fhirkit import *

SPEC = []


def case(org, target, kind, expected, why, summary):
    def deco(fn):
        SPEC.append(dict(org=org, target=target, kind=kind, expected=expected, why=why, summary=summary, fn=fn))
        return fn
    return deco


HTN = ((SCT, "59621000", "Essential hypertension"), (I10CM, "I10", "Essential (primary) hypertension"))
HLD = ((SCT, "55822004", "Hyperlipidemia"), (I10CM, "E78.5", "Hyperlipidemia, unspecified"))
T2D = ((SCT, "44054006", "Diabetes mellitus type 2"), (I10CM, "E11.9", "Type 2 diabetes mellitus without complications"))
SYMPTOM = (LNC, "75325-1", "Symptom")
RXN = lambda code, name: cc((RX, code, name), text=name)
ATCc = lambda code, name, text: cc((ATC, code, name), text=text)
IT_HTN = ((I9, "401.9", "Ipertensione essenziale non specificata"), (I10, "I10", "Ipertensione essenziale (primaria)"))
IT_DISL = ((I9, "272.4", "Altre e non specificate iperlipidemie"), (I10, "E78.5", "Iperlipidemia non specificata"))


def sym(c, date, snomed, text, enc=None, sev=None, note=None):
    v = cc((SCT, snomed[0], snomed[1]), text=text)
    return c.obs(cc(SYMPTOM, text="Patient-reported symptom"), date, v, cat="survey", enc=enc, note=note,
                 comps=[{"code": cc((LNC, "64750-3", "Severity of symptom"), text="Severity"),
                         "valueCodeableConcept": cc(text=sev)}] if sev else None)


# ------------------------------------------------------------------ PERSISTENT_SYMPTOMS_NORMAL_WORKUP
@case("TELE", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Unplanned hospital admission (community-acquired pneumonia) six days after a primary-care video visit for the same "
      "cough and fever: the Singh return-visit e-trigger.",
      "Video visit for cough/fever called viral; admitted elsewhere 6 days later with pneumonia.")
def ps_pos_etrigger(c):
    c.setup("Marcus Allen", "Feld", "male", "1961-03-14", [("pcp", "Hannah", "Voss", "Family medicine physician"),
                                                          ("np", "Derek", "Mills", "Nurse practitioner")], city="Lincoln")
    lake = c.ext_org("Lakeside Community Hospital", "lakeside")
    htn = c.cond("Hypertension", HTN, "2015-06-01", recorder="pcp")
    c.cond("High cholesterol", HLD, "2017-02-10")
    c.med("MedicationStatement", RXN("29046", "lisinopril"), "2015-06-01", dose="20 mg daily")
    c.med("MedicationStatement", RXN("83367", "atorvastatin"), "2017-02-10", dose="40 mg nightly")
    e0 = c.enc("2026-04-10", "Annual wellness video visit", "VR", pr="pcp")
    c.vitals("2026-04-10", 132, 82, 74, 91.2, enc=e0)
    c.panel("2026-04-14", "Comprehensive metabolic panel + lipids", [("crea", 1.0), ("egfr", 84), ("na", 140), ("k", 4.3), ("ldl", 92)], enc=e0)
    e1 = c.enc("2026-10-20", "Same-day video visit", "VR", reason="cough and fever x4 days", pr="np")
    sym(c, "2026-10-20", ("49727002", "Cough"), "productive cough, 4 days", e1, "moderate")
    sym(c, "2026-10-20", ("267036007", "Dyspnea"), "short of breath climbing stairs", e1, "mild")
    c.vitals("2026-10-20", temp=38.4, spo2=94, hr=98, enc=e1)
    c.note("2026-10-20", "Video visit note",
           "Pt c/o productive cough, fever to 38.4 at home, some SOB on stairs x4d. Home pulse ox 94% RA.\n"
           "Limited exam via video, speaking full sentences. Likely viral URI. Supportive care, fluids, "
           "benzonatate. Return if worse.", enc=e1, author="np")
    c.med("MedicationRequest", RXN("1091", "benzonatate"), "2026-10-20", dose="100 mg TID prn cough", pr="np", enc=e1)
    e2 = c.enc("2026-10-26", "Emergency department visit and admission", "IMP", end="2026-10-30",
               reason=cc((SCT, "385093006", "Community acquired pneumonia"), text="community-acquired pneumonia"),
               org=lake, admit=("emd", "From accident/emergency department"))
    pn = c.cond("Community acquired pneumonia, right lower lobe", ((SCT, "385093006", "Community acquired pneumonia"),
                (I10CM, "J18.9", "Pneumonia, unspecified organism")), "2026-10-26", status="resolved",
                abate="2026-11-12", cat="encounter-diagnosis", enc=e2)
    c.note("2026-10-30", "Outside discharge summary (Lakeside Community Hospital)",
           "Admitted 10/26 via ED with fever 39.1, SpO2 89% RA, RLL consolidation on chest x-ray. "
           "Treated with ceftriaxone + azithromycin, O2 2L weaned day 3. Discharged on amoxicillin-clavulanate. "
           "Note: seen by telehealth 10/20 for same complaints.", enc=e2,
           typ=cc((LNC, "18842-5", "Discharge summary"), text="Discharge summary"))
    e3 = c.enc("2026-11-06", "Post-hospital follow-up video visit", "VR", pr="pcp")
    c.note("2026-11-06", "Follow-up", "Post-discharge f/u. Cough improving, afebrile. Finish antibiotics. "
           "Repeat chest imaging in 6-8 wks. Reviewed 10/20 visit - no in-person exam was arranged.", enc=e3, author="pcp")


@case("IT", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Iron-deficiency anaemia in a 63-year-old man treated with oral iron since July with no endoscopic or "
      "colonoscopic work-up requested in more than four months: Murphy red-flag without follow-up.",
      "Anemia sideropenica in uomo di 63 anni: solo ferro orale, nessuna endoscopia richiesta dopo 4 mesi.")
def ps_pos_ida(c):
    c.setup("Giuseppe", "Ferri", "male", "1963-07-02", [("int", "Marta", "Bianchi", "Medicina interna"),
                                                      ("lab", "Paolo", "Neri", "Patologia clinica")],
            ident="FRRGPP63L02A390K")
    c.cond("Ipertensione arteriosa", IT_HTN, "2012-03-01")
    c.cond("Dislipidemia", IT_DISL, "2016-09-01")
    c.med("MedicationStatement", ATCc("C09AA05", "ramipril", "Ramipril 5 mg cpr"), "2012-03-01", dose="1 cpr/die")
    c.med("MedicationStatement", ATCc("C10AA05", "atorvastatin", "Atorvastatina 20 mg cpr"), "2016-09-01", dose="1 cpr la sera")
    e1 = c.enc("2026-07-15", "Visita ambulatoriale di medicina interna", pr="int", reason="astenia da 2 mesi")
    c.vitals("2026-07-15", 134, 80, 88, 78, enc=e1)
    c.panel("2026-07-15", "Emocromo e assetto marziale", [("hbm", 10.1), ("mcv", 71), ("wbc", 6.2), ("plt", 388),
                                                         ("ferr", 8), ("fe", 31), ("crea", 0.9)], enc=e1)
    ida = c.cond("Anemia sideropenica", ((I9, "280.9", "Anemia sideropenica, non specificata"),
                                         (I10, "D50.9", "Anemia da carenza di ferro, non specificata")),
                 "2026-07-20", recorder="int")
    c.med("MedicationRequest", ATCc("B03AA07", "ferrous sulfate", "Ferro solfato 105 mg cpr"), "2026-07-20",
          dose="1 cpr/die a digiuno", pr="int", enc=e1)
    c.note("2026-07-20", "Referto visita medicina interna",
           "Paziente di 63 anni, astenia ingravescente. Hb 10,1 g/dL, MCV 71, ferritina 8. Anemia sideropenica.\n"
           "Si avvia terapia marziale per os. Controllo emocromo tra 2 mesi.\n"
           "Nessun sanguinamento riferito. Alvo regolare.", enc=e1, author="int",
           typ=cc((c.o["local"] + "doc", "REF-AMB", "Referto ambulatoriale"), text="Referto ambulatoriale"))
    e2 = c.enc("2026-09-30", "Controllo ambulatoriale", pr="int")
    c.panel("2026-09-30", "Emocromo di controllo", [("hbm", 10.8), ("mcv", 74), ("ferr", 14)], enc=e2)
    c.note("2026-09-30", "Controllo", "Lieve miglioramento Hb (10,8). Prosegue ferro per os. Rivalutazione tra 2 mesi.",
           enc=e2, author="int")
    e3 = c.enc("2026-11-18", "Controllo ambulatoriale", pr="int")
    c.vitals("2026-11-18", 130, 78, 84, 77, enc=e3)
    c.panel("2026-11-18", "Emocromo di controllo", [("hbm", 11.2), ("mcv", 75), ("ferr", 17)], enc=e3)
    c.note("2026-11-18", "Controllo",
           "Hb 11,2. Tollera il ferro. Prosegue terapia. Prossimo controllo a febbraio 2027.\n"
           "English summary: iron-deficiency anaemia on oral iron, slow improvement, next check Feb 2027.",
           enc=e3, author="int")


@case("PED", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Daily headaches documented at four visits over five months; MRI, fundoscopy and blood work all normal; "
      "no diagnosis made and the family was told nothing is wrong.",
      "14-year-old with daily headaches since June, normal MRI/labs/eye exam, no diagnosis.")
def ps_pos_headache(c):
    c.setup("Emma Grace", "Lindqvist", "female", "2012-05-19", [("gp", "Rosa", "Delgado", "General pediatrics"),
                                                               ("neuro", "Ian", "Whitaker", "Pediatric neurology"),
                                                               ("oph", "Mei", "Tanaka", "Pediatric ophthalmology")])
    mom = c.add({"resourceType": "RelatedPerson", "patient": {"reference": c.pt},
                 "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"))],
                 "name": [{"family": "Lindqvist", "given": ["Karin"]}]}, "rp-mother")
    c.cond("Seasonal allergic rhinitis", ((SCT, "367498001", "Seasonal allergic rhinitis"),
                                          (I10CM, "J30.2", "Other seasonal allergic rhinitis")), "2019-04-01")
    e1 = c.enc("2026-06-20", "General pediatrics visit", pr="gp", reason="headaches")
    sym(c, "2026-06-20", ("25064002", "Headache"), "daily frontal/bitemporal headaches since early June", e1, "moderate")
    c.vitals("2026-06-20", 108, 66, 78, 49.5, enc=e1, ht=161)
    c.panel("2026-06-20", "CBC, CMP, ESR, TSH", [("hb", 13.4), ("wbc", 6.1), ("plt", 260), ("crea", 0.6, 0.5, 1.0),
                                                 ("na", 139), ("esr", 8), ("tsh", 1.9)], enc=e1, conclusion="All within reference ranges.")
    e2 = c.enc("2026-08-05", "Pediatric neurology consult", pr="neuro", reason="daily headaches x2 months")
    sym(c, "2026-08-05", ("25064002", "Headache"), "headache 6 of 7 days, missing school", e2, "moderate")
    c.report("2026-08-20", cc((LNC, "24590-2", "MR Brain WO contrast"), text="MRI brain without contrast"),
             "Normal MRI of the brain. No mass, hydrocephalus or venous sinus abnormality.", performer="neuro",
             ccode=cc((SCT, "17621005", "Normal"), text="normal"))
    e3 = c.enc("2026-09-10", "Ophthalmology visit", pr="oph")
    c.obs(cc(text="Dilated fundus examination"), "2026-09-10", "No papilledema; optic discs sharp OU. Acuity 20/20 OU.",
          cat="exam", enc=e3, interp="N")
    e4 = c.enc("2026-10-28", "Pediatric neurology follow-up", pr="neuro")
    sym(c, "2026-10-28", ("25064002", "Headache"), "headaches continue most days", e4, "moderate")
    c.vitals("2026-10-28", 110, 68, 76, 50.1, enc=e4)
    c.med("MedicationStatement", RXN("5640", "ibuprofen"), "2026-06-20", dose="400 mg as needed", status="active")
    c.note("2026-10-28", "Neurology follow-up note",
           "Headaches persist, nearly daily, 5 months now. Neuro exam normal. MRI normal, fundi normal, labs normal. "
           "No specific diagnosis established. Reassured family that nothing serious was found. "
           "Advised sleep hygiene and hydration. Mother concerned that the headaches are not improving.",
           enc=e4, author="neuro")
    e5 = c.enc("2026-11-19", "General pediatrics visit", pr="gp")
    sym(c, "2026-11-19", ("25064002", "Headache"), "still daily headaches, school attendance down", e5, "moderate")


@case("TELE", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "Fatigue, cold intolerance and weight gain over three months were explained by hypothyroidism (TSH 11.8); "
      "on levothyroxine the TSH normalised and symptoms improved.",
      "Months of fatigue explained by newly diagnosed hypothyroidism; improving on levothyroxine.")
def ps_nm_hypothyroid(c):
    c.setup("Linda", "Okafor", "female", "1979-09-08", [("pcp", "Samuel", "Ortiz", "Internal medicine physician")], city="Tulsa")
    c.cond("Seasonal allergies", ((SCT, "367498001", "Seasonal allergic rhinitis"),), "2010-04-01")
    e1 = c.enc("2026-05-12", "Video visit", "VR", pr="pcp", reason="tired all the time")
    sym(c, "2026-05-12", ("84229001", "Fatigue"), "tired, naps daily", e1, "moderate")
    c.panel("2026-05-15", "CBC + BMP", [("hb", 13.1), ("wbc", 5.9), ("glu", 88), ("crea", 0.8), ("na", 139)], enc=e1)
    e2 = c.enc("2026-06-20", "Video visit", "VR", pr="pcp")
    sym(c, "2026-06-20", ("84229001", "Fatigue"), "still exhausted", e2, "moderate")
    sym(c, "2026-06-20", ("69142004", "Cold intolerance"), "always cold", e2)
    c.msg("2026-07-28", "Still so tired. Gained 6 lb without changing anything and my skin is dry. Is there something else to check?",
          recipient=c.pr["pcp"])
    e3 = c.enc("2026-07-30", "Video visit", "VR", pr="pcp")
    sym(c, "2026-07-30", ("84229001", "Fatigue"), "fatigue, weight gain, dry skin", e3, "moderate")
    c.panel("2026-08-02", "Thyroid panel", [("tsh", 11.8), ("ft4", 0.6)], enc=e3)
    hypo = c.cond("Primary hypothyroidism (Hashimoto)", ((SCT, "40930008", "Hypothyroidism"),
                  (I10CM, "E03.9", "Hypothyroidism, unspecified")), "2026-08-05", recorder="pcp")
    c.med("MedicationRequest", RXN("10582", "levothyroxine"), "2026-08-05", dose="50 mcg daily, empty stomach", pr="pcp")
    c.note("2026-08-05", "Result note", "TSH 11.8, fT4 low -> primary hypothyroidism, likely explains fatigue/cold/weight. "
           "Start levothyroxine 50 mcg. Recheck 6-8 wks.", author="pcp")
    c.panel("2026-10-12", "Thyroid panel", [("tsh", 3.1), ("ft4", 1.1)])
    e4 = c.enc("2026-10-15", "Video visit", "VR", pr="pcp")
    sym(c, "2026-10-15", ("84229001", "Fatigue"), "energy much better", e4, "mild")
    c.note("2026-10-15", "Video visit note", "Feels much better, energy back to ~80%. TSH 3.1 at goal. Continue 50 mcg. "
           "Annual TSH.", enc=e4, author="pcp")


@case("IT", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "Raised PSA (6.4) was followed up within three weeks by urology and multiparametric MRI (PI-RADS 2) with a "
      "surveillance plan: the red flag was acted on.",
      "PSA 6,4 con visita urologica a 20 giorni e RM prostatica PI-RADS 2; sorveglianza.")
def ps_nm_psa(c):
    c.setup("Franco", "Bellini", "male", "1958-02-11", [("mmg", "Luca", "Serra", "Medicina generale"),
                                                       ("uro", "Silvia", "Mancini", "Urologia")], ident="BLLFRN58B11A390X")
    c.cond("Ipertensione arteriosa", IT_HTN, "2010-01-01")
    bph = c.cond("Ipertrofia prostatica benigna", ((I9, "600.00", "Ipertrofia della prostata senza ostruzione urinaria"),
                 (I10, "N40", "Iperplasia della prostata")), "2021-05-01")
    c.med("MedicationStatement", ATCc("G04CA02", "tamsulosin", "Tamsulosina 0,4 mg cps"), "2021-05-01", dose="1 cps/die")
    c.med("MedicationStatement", ATCc("C08CA01", "amlodipine", "Amlodipina 5 mg"), "2010-01-01", dose="1 cpr/die")
    c.panel("2026-06-10", "Esami ematochimici", [("psa", 6.4), ("crea", 1.0), ("egfr", 79), ("hbm", 14.6), ("glu", 94)])
    e1 = c.enc("2026-06-30", "Visita urologica", pr="uro", reason="PSA 6,4 ng/mL")
    c.vitals("2026-06-30", 136, 82, 70, 82, enc=e1)
    c.sr(cc((c.o["local"] + "proc", "RM-PROST", "RM prostata multiparametrica"), text="RM multiparametrica della prostata"),
         "completed", "order", "2026-06-30", occ="2026-07-14", pr="uro", enc=e1,
         reason=cc(text="PSA elevato"))
    c.report("2026-07-14", cc((c.o["local"] + "rad", "RM-PROST", "RM prostata multiparametrica"), text="RM prostata multiparametrica"),
             "Prostata 52 cc, iperplasia della zona di transizione. Nessuna lesione sospetta: PI-RADS 2. "
             "PSA density 0,12.", performer="uro")
    e2 = c.enc("2026-07-28", "Controllo urologico", pr="uro")
    c.note("2026-07-28", "Referto visita urologica",
           "RM negativa per lesioni clinicamente significative (PI-RADS 2), PSA density 0,12. "
           "Non indicazione a biopsia. Ripetere PSA a settembre, poi ogni 6 mesi.\n"
           "English summary: raised PSA worked up promptly, MRI PI-RADS 2, PSA surveillance.", enc=e2, author="uro")
    c.panel("2026-09-22", "PSA di controllo", [("psa", 4.9)])
    c.panel("2026-11-20", "PSA di controllo", [("psa", 4.6)])
    e3 = c.enc("2026-11-25", "Controllo urologico", pr="uro")
    c.note("2026-11-25", "Controllo", "PSA in calo (4,6). Sintomi urinari stabili con tamsulosina. Prossimo PSA a maggio 2027.",
           enc=e3, author="uro")


# ------------------------------------------------------------------ DIAGNOSIS_SYMPTOM_MISMATCH
@case("IT", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "IBS label for a year while diarrhoea continues and new nocturnal diarrhoea, 6 kg weight loss, raised faecal "
      "calprotectin and CRP appear that IBS cannot explain; gastroenterology kept the label.",
      "IBS da 1 anno; ora diarrea notturna, calo ponderale, calprotectina 480 e PCR alta, etichetta invariata.")
def dm_pos_ibs(c):
    c.setup("Chiara", "Rinaldi", "female", "1989-04-23", [("mmg", "Elisa", "Conti", "Medicina generale"),
                                                        ("gastro", "Andrea", "Villa", "Gastroenterologia")],
            ident="RNLCHR89D63A390P")
    ibs = c.cond("Sindrome dell'intestino irritabile con diarrea",
                 ((I9, "564.1", "Sindrome dell'intestino irritabile"),
                  (I10, "K58.0", "Sindrome dell'intestino irritabile con diarrea")), "2025-11-20", recorder="gastro")
    c.med("MedicationStatement", ATCc("A03AA04", "mebeverine", "Mebeverina 200 mg cps"), "2025-11-20", dose="1 cps x 2/die")
    c.panel("2025-11-10", "Esami ematochimici", [("hb", 12.9), ("crp", 3), ("ttg", 1.2), ("tsh", 2.0)])
    for d, txt in (("2026-02-10", "Persistono 3-4 scariche/die di feci non formate."),
                   ("2026-05-22", "Diarrea invariata, dolore addominale crampiforme.")):
        e = c.enc(d, "Visita medico di medicina generale", pr="mmg")
        c.vitals(d, 112, 70, 76, 58 if d < "2026-05" else None, enc=e)
        c.note(d, "Diario clinico MMG", txt + " Prosegue mebeverina.", enc=e, author="mmg")
    e3 = c.enc("2026-09-14", "Visita medico di medicina generale", pr="mmg")
    c.vitals("2026-09-14", 108, 68, 88, 52, enc=e3)
    sym(c, "2026-09-14", ("62315008", "Diarrhea"), "diarrea anche notturna, 6-8 scariche/die", e3, "severe")
    sym(c, "2026-09-14", ("89362005", "Weight loss"), "calo di 6 kg in 8 mesi", e3)
    c.panel("2026-09-20", "Esami ematochimici e fecali", [("hb", 11.3), ("mcv", 79), ("crp", 24), ("calp", 480), ("alb", 3.4)], enc=e3)
    e4 = c.enc("2026-10-08", "Visita gastroenterologica", pr="gastro")
    c.note("2026-10-08", "Referto visita gastroenterologica",
           "Nota IBS-D. Riferisce peggioramento con scariche notturne e calo ponderale. Calprotectina 480, PCR 24, Hb 11,3.\n"
           "Conclusione: quadro compatibile con IBS riacutizzata in periodo di stress. Si aumenta mebeverina, "
           "si aggiunge loperamide al bisogno. Controllo tra 6 mesi.\n"
           "English summary: worsening diarrhoea, weight loss and inflammatory markers attributed to IBS flare.",
           enc=e4, author="gastro")
    c.med("MedicationRequest", ATCc("A07DA03", "loperamide", "Loperamide 2 mg"), "2026-10-08", dose="al bisogno", pr="gastro", enc=e4)
    e5 = c.enc("2026-11-20", "Visita medico di medicina generale", pr="mmg")
    c.note("2026-11-20", "Diario clinico MMG", "Diarrea persistente anche con loperamide, peso 51 kg.", enc=e5, author="mmg")


@case("TELE", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Fibromyalgia (M79.7) on the list since 2025 while symptoms continue; new proximal weakness with CK 1850, "
      "raised ESR and ALT that fibromyalgia cannot account for, still managed as a fibromyalgia flare.",
      "Fibromyalgia label; new proximal weakness, CK 1850, ESR 42 called a flare.")
def dm_pos_fibro(c):
    c.setup("Rebecca Ann", "Howell", "female", "1971-12-02", [("pcp", "Nadia", "Pruitt", "Family medicine physician")], city="Boise")
    fm = c.cond("Fibromyalgia", ((I10CM, "M79.7", "Fibromyalgia"),), "2025-03-18", recorder="pcp")
    c.cond("GERD", ((SCT, "235595009", "Gastroesophageal reflux disease"),), "2019-01-01")
    c.med("MedicationStatement", RXN("72625", "duloxetine"), "2025-04-01", dose="60 mg daily")
    c.med("MedicationStatement", RXN("7646", "omeprazole"), "2019-01-01", dose="20 mg daily")
    e1 = c.enc("2026-02-11", "Video visit", "VR", pr="pcp")
    c.note("2026-02-11", "Video visit", "FM f/u. Diffuse aches, poor sleep. Continue duloxetine, gentle exercise.", enc=e1, author="pcp")
    m1 = c.msg("2026-08-14", "My legs feel weak. I can't get up from the couch without pushing with my arms and stairs are really hard now. "
               "This is different from my usual pain.", recipient=c.pr["pcp"])
    e2 = c.enc("2026-08-20", "Video visit", "VR", pr="pcp", reason="leg weakness")
    sym(c, "2026-08-20", ("26544005", "Muscle weakness"), "difficulty rising from chair, climbing stairs", e2, "moderate")
    c.panel("2026-09-01", "CMP, CK, ESR, TSH", [("ck", 1850), ("esr", 42), ("alt", 68), ("ast", 74), ("tsh", 2.3),
                                               ("crea", 0.7), ("k", 4.2)], enc=e2)
    e3 = c.enc("2026-10-02", "Video visit", "VR", pr="pcp")
    sym(c, "2026-10-02", ("26544005", "Muscle weakness"), "still weak, trouble lifting arms to wash hair", e3, "moderate")
    c.note("2026-10-02", "Video visit", "Labs w/ CK 1850, ESR 42. Likely FM flare + deconditioning, possibly from increased activity. "
           "Continue duloxetine, refer PT, recheck labs in 3 months.", enc=e3, author="pcp")
    c.sr(cc(text="Physical therapy evaluation and treatment"), "active", "order", "2026-10-02", pr="pcp",
         reason=cc(text="fibromyalgia"))
    c.msg("2026-11-16", "PT is not helping, weakness is worse. Having trouble with my grip and swallowing pills sometimes.",
          recipient=c.pr["pcp"])


@case("CARD", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Labelled asthma in March with normal spirometry; dyspnoea, orthopnoea and oedema continue on inhalers and "
      "NT-proBNP 2150 with cardiomegaly on chest film are unexplained by the label.",
      "'Asthma' since March with normal spirometry; orthopnea, edema, NT-proBNP 2150, cardiomegaly.")
def dm_pos_asthma_hf(c):
    c.setup("Dolores", "Ramirez", "female", "1958-08-30", [("card", "Evan", "Goldberg", "Cardiology"),
                                                          ("fel", "Priya", "Raman", "Cardiology fellow")], city="Riverside")
    pcpo = c.ext_org("Eastside Family Practice", "eastside")
    ast = c.cond("Asthma", ((SCT, "195967001", "Asthma"), (I10CM, "J45.909", "Unspecified asthma, uncomplicated")),
                 "2026-03-12", note="Diagnosed by outside PCP for exertional dyspnea.")
    c.cond("Hypertension", HTN, "2011-01-01")
    c.cond("Obesity", ((SCT, "414916001", "Obesity"),), "2015-01-01")
    c.med("MedicationStatement", RXN("896188", "fluticasone propionate / salmeterol"), "2026-03-12", dose="250/50 1 puff BID")
    c.med("MedicationStatement", RXN("435", "albuterol"), "2026-03-12", dose="2 puffs q4h prn; using daily")
    c.med("MedicationStatement", RXN("17767", "amlodipine"), "2011-01-01", dose="10 mg daily")
    c.report("2026-04-02", cc((LNC, "19926-5", "FEV1/FVC"), text="Spirometry (outside)"),
             "FEV1 82% pred, FEV1/FVC 0.78, no bronchodilator response. Normal spirometry.", cat=("PF", "Pulmonary Function"))
    c.report("2026-10-28", cc((LNC, "36643-5", "XR Chest 2V"), text="Chest x-ray 2 views (outside)"),
             "Cardiomegaly. Small bilateral pleural effusions. Vascular congestion.")
    e1 = c.enc("2026-11-10", "New patient cardiology consult", pr="card", reason="dyspnea, edema; referred by PCP")
    c.vitals("2026-11-10", 152, 88, 96, 94.5, enc=e1, spo2=93)
    sym(c, "2026-11-10", ("62744007", "Orthopnea"), "sleeps on 3 pillows", e1)
    sym(c, "2026-11-10", ("267038008", "Edema"), "bilateral ankle swelling 2+", e1)
    c.panel("2026-11-10", "Cardiac labs", [("ntbnp", 2150), ("crea", 1.1), ("egfr", 54), ("na", 136), ("k", 4.1), ("hb", 12.4)], enc=e1)
    c.obs(cc((LNC, "11524-6", "EKG study"), text="12-lead ECG"), "2026-11-10",
          "Sinus tachycardia 102, LVH by voltage, nonspecific ST-T changes.", cat="procedure", enc=e1, interp="A")
    c.note("2026-11-10", "Cardiology consult note",
           "66F referred for persistent dyspnea. Labeled asthma in March by PCP; spirometry 4/2026 normal. "
           "Symptoms persist despite ICS/LABA and daily albuterol; now orthopnea, PND, ankle edema. "
           "NT-proBNP 2150, CXR cardiomegaly/effusions. Presentation not explained by asthma. "
           "Plan: TTE, start furosemide 20 mg, f/u 2 wks.", enc=e1, author="fel",
           typ=cc((LNC, "11488-4", "Consult note"), text="Consult note"))
    c.sr(cc((CPT, "93306", "Echocardiography, transthoracic, complete, with Doppler"), text="Transthoracic echocardiogram"),
         "active", "order", "2026-11-10", occ="2026-12-03", pr="card", enc=e1, reason=cc(text="dyspnea, elevated NT-proBNP"))
    c.med("MedicationRequest", RXN("4603", "furosemide"), "2026-11-10", dose="20 mg daily", pr="card", enc=e1)


@case("PED", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "Functional abdominal pain label was replaced after five months by coeliac disease (tTG 128, biopsy Marsh 3b), "
      "which explains the symptoms; pain resolved on a gluten-free diet.",
      "10-year-old 'functional abdominal pain' re-diagnosed as celiac disease; better on gluten-free diet.")
def dm_nm_celiac(c):
    c.setup("Noah", "Patel", "male", "2016-01-27", [("gp", "Laura", "Kim", "General pediatrics"),
                                                   ("gi", "Omar", "Haddad", "Pediatric gastroenterology")])
    fap = c.cond("Functional abdominal pain", ((I10CM, "R10.9", "Unspecified abdominal pain"),), "2026-02-05",
                 status="resolved", abate="2026-07-12", recorder="gp",
                 note="Superseded by celiac disease diagnosis 7/2026.")
    e1 = c.enc("2026-02-05", "General pediatrics visit", pr="gp", reason="recurrent abdominal pain")
    c.vitals("2026-02-05", hr=88, wt=29.0, ht=136, enc=e1)
    e2 = c.enc("2026-04-16", "General pediatrics visit", pr="gp")
    c.vitals("2026-04-16", hr=86, wt=28.6, ht=136.5, enc=e2)
    c.note("2026-04-16", "Visit note", "Ongoing periumbilical pain, loose stools, weight flat. Growth velocity slowing. "
           "Screening labs and GI referral.", enc=e2, author="gp")
    c.panel("2026-06-30", "Celiac screen, CBC, ferritin", [("ttg", 128), ("hb", 11.2, 11.5, 15.5), ("ferrped", 7), ("alb", 3.9)])
    e3 = c.enc("2026-07-08", "Pediatric GI procedure visit", pr="gi")
    c.proc(cc((SCT, "386831001", "Endoscopy of upper gastrointestinal tract"), text="EGD with duodenal biopsies"),
           "completed", "2026-07-08", pr="gi", enc=e3)
    c.report("2026-07-10", cc((LNC, "66117-3", "Pathology report"), text="Duodenal biopsy pathology"),
             "Villous atrophy with crypt hyperplasia and intraepithelial lymphocytosis, Marsh 3b. Consistent with celiac disease.",
             cat=("SP", "Surgical Pathology"))
    cel = c.cond("Celiac disease", ((SCT, "396331005", "Celiac disease"), (I10CM, "K90.0", "Celiac disease")),
                 "2026-07-12", recorder="gi")
    c.careplan("Gluten-free diet plan", cc((SCT, "734163000", "Care plan"), text="Dietary management"), "2026-07-12",
               acts=[(cc(text="Dietitian education, strict gluten-free diet"), "in-progress", "GFD with dietitian support")],
               addresses=[cel], pr="gi")
    e4 = c.enc("2026-10-21", "Pediatric GI follow-up", pr="gi")
    c.vitals("2026-10-21", hr=80, wt=31.1, ht=138.2, enc=e4)
    c.lab("ttg", "2026-10-21", 41, enc=e4)
    c.note("2026-10-21", "GI follow-up", "Abdominal pain resolved on strict GFD. Stools normal. Weight +2.5 kg. tTG falling (128 -> 41). "
           "Continue GFD, recheck tTG in 6 months.", enc=e4, author="gi")


@case("IT", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "IBS label (K58.9) fully supported by a normal colonoscopy, calprotectin and coeliac serology, and symptoms "
      "have been in remission for over six months: no continuing symptoms for the label to leave unexplained.",
      "IBS con colonscopia e calprotectina normali; in remissione da 6 mesi con dieta low-FODMAP.")
def dm_nm_ibs_remission(c):
    c.setup("Marco", "Galli", "male", "1985-10-14", [("gastro", "Francesca", "Moretti", "Gastroenterologia"),
                                                    ("mmg", "Giorgio", "Pace", "Medicina generale")], ident="GLLMRC85R14A390S")
    c.cond("Sindrome dell'intestino irritabile", ((I9, "564.1", "Sindrome dell'intestino irritabile"),
           (I10, "K58.9", "Sindrome dell'intestino irritabile senza diarrea")), "2024-09-12", status="remission",
           note="In remissione clinica da marzo 2026 con dieta low-FODMAP.")
    c.cond("Rinite allergica", ((I9, "477.0", "Rinite allergica da pollini"), (I10, "J30.1", "Rinite allergica da pollini")), "2005-04-01")
    c.panel("2024-09-20", "Esami di primo livello", [("hbm", 15.1), ("crp", 1.2), ("calp", 22), ("ttg", 0.8), ("tsh", 1.7)])
    c.proc(cc((I9, "45.23", "Colonscopia"), (c.o["local"] + "proc", "COLO-TOT", "Pancolonscopia con ileoscopia"), text="Pancolonscopia con ileoscopia"),
           "completed", "2024-10-15", pr="gastro", outcome="Esame nella norma, biopsie seriate negative")
    e1 = c.enc("2025-06-10", "Visita gastroenterologica", pr="gastro")
    c.note("2025-06-10", "Referto", "Criteri di Roma IV soddisfatti, work-up negativo. Avvio dieta low-FODMAP con dietista.", enc=e1, author="gastro")
    e2 = c.enc("2026-03-18", "Visita gastroenterologica", pr="gastro")
    c.vitals("2026-03-18", 122, 76, 64, 74, enc=e2)
    c.note("2026-03-18", "Referto", "Sintomi ben controllati con dieta low-FODMAP, alvo regolare, nessun dolore.", enc=e2, author="gastro")
    e3 = c.enc("2026-09-22", "Visita gastroenterologica", pr="gastro")
    c.vitals("2026-09-22", 120, 74, 66, 74.5, enc=e3)
    c.panel("2026-09-15", "Esami di controllo", [("hbm", 15.0), ("crp", 0.9), ("alt", 21), ("crea", 0.9)], enc=e3)
    c.note("2026-09-22", "Referto visita gastroenterologica",
           "Asintomatico da oltre 6 mesi. Peso stabile. Esami nella norma. Nessuna terapia farmacologica. "
           "Controllo al bisogno.\nEnglish summary: IBS in sustained remission, discharged to GP.", enc=e3, author="gastro")
    e4 = c.enc("2026-11-12", "Visita medico di medicina generale", pr="mmg")
    c.note("2026-11-12", "Diario clinico", "Certificato sportivo. Benessere, nessun disturbo intestinale.", enc=e4, author="mmg")
    c.vitals("2026-11-12", 118, 74, 62, 74, enc=e4)


# ------------------------------------------------------------------ MAJOR_PROCEDURE_PLANNED
@case("CARD", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Surgical aortic valve replacement for severe symptomatic (bicuspid) aortic stenosis is ordered and booked for "
      "January 2027, not yet performed.",
      "Severe bicuspid AS; heart team booked open SAVR for 2027-01-12.")
def mp_pos_savr(c):
    c.setup("Harold James", "Jensen", "male", "1956-05-04", [("card", "Lena", "Fischer", "Cardiology"),
                                                            ("surg", "Marcus", "Oduya", "Cardiac surgery")])
    as_ = c.cond("Severe aortic stenosis, bicuspid aortic valve", ((SCT, "60573004", "Aortic valve stenosis"),
                 (I10CM, "I35.0", "Nonrheumatic aortic (valve) stenosis")), "2024-02-01", severity="severe")
    c.cond("Hypertension", HTN, "2009-01-01")
    c.cond("Hyperlipidemia", HLD, "2012-01-01")
    c.med("MedicationStatement", RXN("29046", "lisinopril"), "2009-01-01", dose="10 mg daily")
    c.med("MedicationStatement", RXN("36567", "simvastatin"), "2012-01-01", dose="20 mg daily")
    for d, ava, mg, v in (("2025-03-11", 1.1, 32, 3.6), ("2026-09-15", 0.8, 46, 4.4)):
        e = c.enc(d, "Valve clinic visit", pr="card")
        r1 = c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF"), d, 58, "%", 55, None, cat="imaging", enc=e)
        r2 = c.obs(cc(text="Aortic valve area (continuity)"), d, ava, "cm2", cat="imaging", enc=e)
        r3 = c.obs(cc(text="Aortic valve mean gradient"), d, mg, "mm[Hg]", cat="imaging", enc=e)
        c.report(d, cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="Transthoracic echocardiogram"),
                 f"Bicuspid aortic valve, AVA {ava} cm2, mean gradient {mg} mmHg, Vmax {v} m/s. LVEF 58%.",
                 cat=("CUS", "Cardiac Ultrasound"), enc=e, results=(r1, r2, r3))
    c.proc(cc((CPT, "93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization"),
              text="Left heart cath / coronary angiography"), "completed", "2026-10-20", pr="card",
           outcome="Non-obstructive CAD (<30% LAD).")
    e3 = c.enc("2026-11-03", "Cardiac surgery consultation", pr="surg")
    c.vitals("2026-11-03", 138, 78, 68, 88, enc=e3)
    c.panel("2026-11-03", "Pre-op labs", [("hbm", 14.2), ("plt", 232), ("crea", 1.0), ("egfr", 78), ("inr", 1.0), ("a1c", 5.6)], enc=e3)
    c.note("2026-11-03", "Heart team / cardiac surgery consult",
           "70M, severe symptomatic bicuspid AS (exertional dyspnea, presyncope). STS PROM 1.6%. Heart team: surgical AVR "
           "preferred given bicuspid anatomy and dilated ascending aorta 4.3 cm. Plan open AVR with bioprosthesis, "
           "scheduled 01/12/2027.", enc=e3, author="surg", typ=cc((LNC, "11488-4", "Consult note"), text="Consult note"))
    c.sr(cc((CPT, "33405", "Replacement, aortic valve, open, with cardiopulmonary bypass; with prosthetic valve other than homograft or stentless valve"),
            text="Surgical aortic valve replacement"), "active", "order", "2026-11-03", occ="2027-01-12T07:30:00-05:00",
         pr="surg", enc=e3, reason=cc((SCT, "60573004", "Aortic valve stenosis"), text="severe aortic stenosis"),
         category=cc((SCT, "387713003", "Surgical procedure")))
    c.enc("2027-01-05", "Pre-admission testing visit", status="planned", pr="surg")


@case("IT", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Total hip arthroplasty for end-stage right hip osteoarthritis: Procedure in preparation, on the surgical "
      "waiting list with pre-admission booked for January 2027.",
      "Coxartrosi dx: artroprotesi totale d'anca in lista d'attesa (Procedure in preparation).")
def mp_pos_hip(c):
    c.setup("Anna Maria", "Conti", "female", "1955-12-09", [("orto", "Stefano", "Rossi", "Ortopedia e traumatologia"),
                                                           ("anest", "Giovanna", "Lombardi", "Anestesia")], ident="CNTNMR55T49A390Q")
    oa = c.cond("Coxartrosi destra", ((I9, "715.15", "Artrosi localizzata primaria, regione pelvica e coscia"),
                (I10, "M16.1", "Altra coxartrosi primaria")), "2021-05-01", severity="grave")
    c.cond("Ipertensione arteriosa", IT_HTN, "2008-01-01")
    c.cond("Ipotiroidismo", ((I9, "244.9", "Ipotiroidismo non specificato"), (I10, "E03.9", "Ipotiroidismo non specificato")), "2014-01-01")
    c.med("MedicationStatement", ATCc("H03AA01", "levothyroxine sodium", "Levotiroxina 75 mcg"), "2014-01-01", dose="1 cpr/die")
    c.med("MedicationStatement", ATCc("C09AA05", "ramipril", "Ramipril 5 mg"), "2008-01-01", dose="1 cpr/die")
    c.med("MedicationStatement", ATCc("N02BE01", "paracetamol", "Paracetamolo 1000 mg"), "2023-01-01", dose="fino a 3 cpr/die")
    c.report("2026-08-28", cc((c.o["local"] + "rad", "RX-BAC", "RX bacino e anca dx"), text="RX bacino e anca destra"),
             "Grave coxartrosi destra con scomparsa della rima articolare, osteofitosi e geodi subcondrali.")
    e1 = c.enc("2026-09-12", "Visita ortopedica", pr="orto", reason="coxalgia destra invalidante")
    c.vitals("2026-09-12", 140, 84, 72, 71, enc=e1)
    c.note("2026-09-12", "Referto visita ortopedica",
           "Coxalgia dx invalidante, autonomia di marcia 200 m con bastone, fallimento terapia conservativa.\n"
           "Indicazione a intervento di artroprotesi totale d'anca destra. Inserita in lista d'attesa, classe di priorita' B. "
           "Consenso informato illustrato.\nEnglish summary: right total hip replacement indicated, on waiting list.",
           enc=e1, author="orto")
    c.proc(cc((I9, "81.51", "Sostituzione totale dell'anca"), (c.o["local"] + "proc", "ORT-ATA", "Artroprotesi totale anca"),
              text="Artroprotesi totale d'anca destra"), "preparation", reason=cc(text="coxartrosi destra"), pr="orto",
           body=cc((SCT, "287579007", "Right hip region structure"), text="anca destra"),
           note="Intervento programmato, data prevista febbraio 2027.")
    c.sr(cc((c.o["local"] + "proc", "PRERIC", "Pre-ricovero chirurgico"), text="Pre-ricovero: esami, ECG, visita anestesiologica"),
         "active", "order", "2026-11-20", occ="2027-01-20", pr="orto", performer=c.pr["anest"])
    c.panel("2026-11-20", "Esami ematochimici", [("hb", 13.0), ("plt", 244), ("crea", 0.8), ("tsh", 2.2), ("glu", 92), ("inr", 1.0)])


@case("PED", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Posterior spinal fusion with instrumentation ordered for a 56-degree adolescent idiopathic scoliosis, "
      "scheduled January 2027.",
      "15-year-old with 56° AIS; posterior spinal fusion T4-L1 scheduled.")
def mp_pos_fusion(c):
    c.setup("Ava", "Thompson", "female", "2011-03-30", [("ortho", "Brian", "McAllister", "Pediatric orthopedic surgery"),
                                                       ("gp", "Julia", "Chen", "General pediatrics")])
    sc = c.cond("Adolescent idiopathic scoliosis, thoracic", ((SCT, "203646004", "Idiopathic scoliosis"),
                (I10CM, "M41.124", "Adolescent idiopathic scoliosis, thoracic region")), "2026-03-02", recorder="ortho")
    c.cond("Mild intermittent asthma", ((SCT, "195967001", "Asthma"),), "2018-01-01")
    c.med("MedicationStatement", RXN("435", "albuterol"), "2018-01-01", dose="prn")
    for d, cobb, r in (("2026-03-02", 48, "Risser 3"), ("2026-09-08", 56, "Risser 4")):
        e = c.enc(d, "Spine clinic", pr="ortho")
        c.vitals(d, hr=74, wt=52 if d < "2026-06" else 53.4, ht=162 if d < "2026-06" else 163.5, enc=e)
        o = c.obs(cc((c.o["local"] + "img", "COBB-MT", "Cobb angle main thoracic"), text="Cobb angle, main thoracic curve"),
                  d, cobb, "deg", cat="imaging", enc=e)
        c.report(d, cc((LNC, "37637-6", "XR Spine Scoliosis Views"), text="Standing PA/lateral scoliosis radiographs"),
                 f"Right thoracic curve T5-T12 {cobb} degrees. {r}.", enc=e, results=(o,))
    e3 = c.enc("2026-10-20", "Preoperative surgical planning visit", pr="ortho")
    c.note("2026-10-20", "Spine surgery consult",
           "Curve progressed to 56 degrees, near skeletal maturity, trunk shift and rib prominence. Discussed observation vs "
           "surgery with patient and parents. Plan posterior spinal fusion T4-L1 with pedicle screw instrumentation. "
           "Surgery date 1/19/2027. Autologous blood not required. Pre-op pulmonary function and labs ordered.",
           enc=e3, author="ortho")
    c.sr(cc((CPT, "22802", "Arthrodesis, posterior, for spinal deformity, with or without cast; 7 to 12 vertebral segments"),
            text="Posterior spinal fusion T4-L1 with instrumentation"), "active", "order", "2026-10-20",
         occ="2027-01-19T07:00:00-05:00", pr="ortho", enc=e3, reasonref=sc, category=cc((SCT, "387713003", "Surgical procedure")))
    c.panel("2026-11-18", "Pre-op labs", [("hb", 13.3, 11.5, 15.5), ("plt", 281), ("inr", 1.0), ("crea", 0.6, 0.5, 1.0)])
    c.enc("2027-01-12", "Pre-operative anesthesia visit", status="planned", pr="ortho")


@case("CARD", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "Coronary angiography and PCI with a drug-eluting stent were already performed in October 2026; the only open "
      "order is cardiac rehabilitation.",
      "NSTEMI treated with PCI/DES to LAD in October (completed); cardiac rehab referral only.")
def mp_nm_pci_done(c):
    c.setup("Walter", "Brooks", "male", "1959-11-17", [("ic", "Aisha", "Bello", "Interventional cardiology"),
                                                      ("card", "Tom", "Reyes", "General cardiology")])
    cad = c.cond("Coronary artery disease, s/p NSTEMI", ((SCT, "53741008", "Coronary arteriosclerosis"),
                 (I10CM, "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")), "2026-10-03")
    c.cond("NSTEMI", ((SCT, "401314000", "Acute non-ST segment elevation myocardial infarction"), (I10CM, "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction")),
           "2026-10-03", status="resolved", abate="2026-10-08", cat="encounter-diagnosis")
    c.cond("Hypertension", HTN, "2014-01-01")
    c.cond("Hyperlipidemia", HLD, "2014-01-01")
    e1 = c.enc("2026-10-03", "Inpatient admission, NSTEMI", "IMP", end="2026-10-06", pr="ic", admit=("emd", "From accident/emergency department"))
    c.lab("ntbnp", "2026-10-03", 410, enc=e1)
    c.obs(cc((LNC, "89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), text="hs-Troponin I"),
          "2026-10-03", 1840, "ng/L", None, 34, enc=e1)
    c.sr(cc((CPT, "93458", "Left heart catheterization with coronary angiography"), text="Coronary angiography +/- PCI"),
         "completed", "order", "2026-10-03", occ="2026-10-04", pr="ic", enc=e1, priority="urgent")
    c.proc(cc((CPT, "92928", "Percutaneous transcatheter placement of intracoronary stent(s), single major coronary artery"),
              text="PCI with DES to proximal LAD"), "completed", "2026-10-04", pr="ic", enc=e1,
           outcome="TIMI 3 flow, 0% residual stenosis", reason=cc(text="NSTEMI, 90% proximal LAD"))
    r = c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF"), "2026-10-05", 52, "%", 55, None, cat="imaging", enc=e1)
    c.report("2026-10-05", cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="TTE"), "LVEF 52%, mild anterior hypokinesis.",
             cat=("CUS", "Cardiac Ultrasound"), results=(r,))
    for rx, nm, ds in (("1191", "aspirin", "81 mg daily"), ("1116632", "ticagrelor", "90 mg BID"),
                       ("83367", "atorvastatin", "80 mg daily"), ("6918", "metoprolol", "succinate 50 mg daily")):
        c.med("MedicationRequest", RXN(rx, nm), "2026-10-06", dose=ds, pr="ic", enc=e1)
    c.note("2026-10-06", "Discharge summary", "NSTEMI, single-vessel CAD, successful PCI/DES to proximal LAD 10/4. "
           "DAPT x12 months. No further revascularization needed. Cardiac rehab referral placed.",
           enc=e1, author="ic", typ=cc((LNC, "18842-5", "Discharge summary"), text="Discharge summary"))
    c.sr(cc((CPT, "93798", "Physician or other qualified health care professional services for outpatient cardiac rehabilitation; with continuous ECG monitoring"),
            text="Cardiac rehabilitation, phase II"), "active", "order", "2026-10-06", pr="card")
    e2 = c.enc("2026-11-10", "Post-PCI cardiology follow-up", pr="card")
    c.vitals("2026-11-10", 124, 74, 62, 86, enc=e2)
    c.panel("2026-11-10", "Lipids + BMP", [("ldl", 64), ("crea", 1.0), ("k", 4.4), ("alt", 28)], enc=e2)
    c.note("2026-11-10", "Follow-up note", "No angina. Tolerating DAPT. Started rehab. Continue current therapy.", enc=e2, author="card")


@case("TELE", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "The only planned procedure is an office excision of a 2.5 cm epidermoid cyst under local anaesthetic - a minor "
      "procedure.",
      "Referral for office excision of an epidermoid cyst under local anesthesia.")
def mp_nm_cyst(c):
    c.setup("Priya", "Nair", "female", "1990-06-21", [("pcp", "Kyle", "Benson", "Family medicine physician")], city="Denver")
    derm = c.ext_org("Front Range Dermatology Associates", "derm")
    c.cond("Mild intermittent asthma", ((SCT, "195967001", "Asthma"),), "2004-01-01")
    c.med("MedicationStatement", RXN("435", "albuterol"), "2004-01-01", dose="prn, rarely used")
    c.med("MedicationStatement", cc(text="norethindrone-ethinyl estradiol oral contraceptive"), "2018-01-01", dose="daily")
    e1 = c.enc("2026-03-04", "Annual video visit", "VR", pr="pcp")
    c.vitals("2026-03-04", 114, 72, 70, 61, enc=e1)
    c.panel("2026-03-08", "CBC, TSH", [("hb", 13.5), ("wbc", 6.0), ("tsh", 1.5)], enc=e1)
    e2 = c.enc("2026-11-05", "Video visit with photo upload", "VR", pr="pcp", reason="lump on upper back")
    cy = c.cond("Epidermoid cyst of upper back", ((SCT, "419893006", "Epidermoid cyst"), (I10CM, "L72.0", "Epidermal cyst")),
                "2026-11-05", recorder="pcp")
    c.note("2026-11-05", "Video visit note", "2.5 cm mobile cyst with central punctum on upper back, intermittently tender, "
           "drained once. No signs of infection today. Pt wants it removed. Referred to derm for office excision under local.",
           enc=e2, author="pcp")
    c.sr(cc((CPT, "11403", "Excision, benign lesion including margins, trunk, arms or legs; excised diameter 2.1 to 3.0 cm"),
            text="Excision of epidermoid cyst, upper back, local anesthesia (office)"), "active", "order", "2026-11-05",
         occ="2026-12-14", pr="pcp", performer=derm, reasonref=cy, enc=e2)
    c.msg("2026-11-06", "Thanks! Derm office called, I'm booked for Dec 14.", recipient=c.pr["pcp"])


# ------------------------------------------------------------------ UNTREATABLE_PROGNOSIS
@case("IT", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Metastatic pancreatic adenocarcinoma; tumour board states no active oncological treatment options (ECOG 3) and "
      "refers to home palliative care; no second opinion on record.",
      "Adenocarcinoma pancreatico metastatico, ECOG 3: 'nessuna opzione terapeutica', cure palliative domiciliari.")
def up_pos_pancreas(c):
    c.setup("Luigi", "Moretti", "male", "1948-01-19", [("onco", "Valeria", "Sanna", "Oncologia medica"),
                                                      ("gastro", "Fabio", "Galvani", "Gastroenterologia"),
                                                      ("pall", "Cristina", "Fabbri", "Cure palliative")], ident="MRTLGU48A19A390C")
    ca = c.cond("Adenocarcinoma della testa del pancreas con metastasi epatiche",
                ((I9, "157.0", "Tumori maligni della testa del pancreas"), (I10, "C25.0", "Tumore maligno della testa del pancreas")),
                "2026-09-15", stage="cT3 N1 M1 (fegato), stadio IV", recorder="onco")
    c.cond("Metastasi epatiche", ((I9, "197.7", "Tumori maligni secondari del fegato"), (I10, "C78.7", "Tumore maligno secondario del fegato")), "2026-09-15")
    c.cond("Diabete mellito tipo 2", ((I9, "250.00", "Diabete mellito tipo II"), (I10, "E11.9", "Diabete mellito tipo 2 senza complicanze")), "2016-01-01")
    e1 = c.enc("2026-09-10", "Ricovero ordinario gastroenterologia", "IMP", end="2026-09-22", pr="gastro", reason="ittero ostruttivo")
    c.panel("2026-09-10", "Esami all'ingresso", [("bili", 9.8), ("alt", 212), ("ca199", 4820), ("hbm", 12.1), ("alb", 3.1)], enc=e1)
    c.report("2026-09-12", cc((c.o["local"] + "rad", "TC-TAB", "TC torace-addome con mdc"), text="TC torace-addome con mezzo di contrasto"),
             "Massa ipodensa della testa pancreatica di 4 cm con infiltrazione dell'arteria mesenterica superiore. "
             "Multiple lesioni epatiche secondarie.", enc=e1)
    c.proc(cc((I9, "51.87", "Inserzione endoscopica di stent nel dotto biliare"), text="ERCP con posizionamento di stent biliare metallico"),
           "completed", "2026-09-14", pr="gastro", enc=e1)
    c.report("2026-09-15", cc((LNC, "66117-3", "Pathology report"), text="Esame istologico su agobiopsia EUS"), "Adenocarcinoma duttale.",
             cat=("SP", "Surgical Pathology"))
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score"), text="ECOG performance status"), "2026-10-05", 3, cat="survey")
    e2 = c.enc("2026-10-05", "Gruppo oncologico multidisciplinare (GOM)", pr="onco")
    c.note("2026-10-05", "Verbale GOM pancreas",
           "Paziente di 78 anni, adenocarcinoma pancreatico stadio IV, ECOG 3, colestasi recente, calo ponderale 12 kg.\n"
           "Il GOM ritiene il paziente non candidabile a chemioterapia. Non vi sono opzioni terapeutiche oncologiche attive.\n"
           "Si propone attivazione delle cure palliative domiciliari (UCP).\n"
           "English summary: not fit for chemotherapy; no active treatment options; home palliative care referral.",
           enc=e2, author="onco")
    c.sr(cc((SCT, "306237005", "Referral to palliative care service"), text="Attivazione cure palliative domiciliari"),
         "active", "order", "2026-10-05", pr="onco", performer=c.pr["pall"], reasonref=ca, enc=e2)
    c.careplan("Piano assistenziale cure palliative", cc((SCT, "103735009", "Palliative care"), text="Cure palliative"),
               "2026-10-12", pr="pall", addresses=[ca],
               acts=[(cc(text="Controllo del dolore"), "in-progress", "Ossicodone/naloxone, rivalutazione settimanale"),
                     (cc(text="Supporto nutrizionale e psicologico"), "in-progress", "Visite domiciliari UCP")])
    c.med("MedicationRequest", ATCc("N02AA55", "oxycodone and naloxone", "Ossicodone/naloxone 10/5 mg"), "2026-10-12",
          dose="1 cpr ogni 12 ore", pr="pall")
    e3 = c.enc("2026-11-16", "Visita domiciliare cure palliative", "HH", pr="pall")
    c.note("2026-11-16", "Diario UCP", "Dolore controllato (NRS 3). Astenia marcata, alimentazione ridotta. Famiglia informata della prognosi.",
           enc=e3, author="pall")


@case("CARD", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "End-stage ischaemic HFrEF (EF 15%) judged not a candidate for LVAD or transplant, with no further advanced "
      "therapies and a hospice care plan; no second opinion recorded.",
      "Stage D HFrEF, not LVAD/transplant candidate; transitioned to hospice.")
def up_pos_hf_hospice(c):
    c.setup("Evelyn Rose", "Carter", "female", "1944-07-07", [("hf", "Daniel", "Abrams", "Advanced heart failure cardiology"),
                                                             ("pall", "Maria", "Lopez", "Palliative medicine")])
    hospice = c.ext_org("Riverside Home Hospice", "hospice")
    hf = c.cond("Chronic systolic heart failure, ischemic cardiomyopathy, stage D", ((SCT, "84114007", "Heart failure"),
                (I10CM, "I50.22", "Chronic systolic (congestive) heart failure")), "2018-04-01", stage="ACC/AHA stage D, NYHA IV")
    c.cond("Permanent atrial fibrillation", ((SCT, "49436004", "Atrial fibrillation"), (I10CM, "I48.21", "Permanent atrial fibrillation")), "2020-01-01")
    c.cond("CKD stage 3b", ((SCT, "700379002", "Chronic kidney disease stage 3B"), (I10CM, "N18.32", "Chronic kidney disease, stage 3b")), "2022-01-01")
    c.cond("Hypertension", HTN, "2000-01-01")
    for rx, nm, ds in (("4603", "furosemide", "80 mg BID"), ("1364430", "apixaban", "2.5 mg BID"), ("9997", "spironolactone", "12.5 mg daily")):
        c.med("MedicationStatement", RXN(rx, nm), "2024-01-01", dose=ds)
    r = c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF"), "2026-09-02", 15, "%", 55, None, cat="imaging")
    c.report("2026-09-02", cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="TTE"),
             "Severely dilated LV, LVEF 15%, moderate-severe functional MR, RVSP 58 mmHg, moderate RV dysfunction.",
             cat=("CUS", "Cardiac Ultrasound"), results=(r,))
    e1 = c.enc("2026-09-20", "HF hospitalization", "IMP", end="2026-09-29", pr="hf", admit=("emd", "From accident/emergency department"))
    c.panel("2026-09-20", "Admission labs", [("ntbnp", 14800), ("na", 129), ("crea", 2.1), ("egfr", 23), ("hb", 10.6)], enc=e1)
    e2 = c.enc("2026-11-04", "Advanced heart failure clinic", pr="hf")
    c.vitals("2026-11-04", 92, 58, 88, 61, enc=e2)
    c.impression("2026-11-04", "Stage D HFrEF with recurrent admissions and cardiorenal physiology. Not a candidate for LVAD or "
                 "heart transplant (age 82, frailty, CKD). No further advanced therapies available. Goals-of-care discussion: "
                 "patient chooses comfort-focused care; hospice referral placed.", pr="hf", enc=e2, problems=[hf])
    c.note("2026-11-04", "Advanced HF clinic note",
           "Inotrope trial not consistent with goals. Not candidate for LVAD/OHT. No further options beyond symptom-directed care. "
           "DNR/DNI confirmed. Referred to hospice.", enc=e2, author="hf")
    c.sr(cc((SCT, "306205009", "Referral to hospice"), text="Hospice referral"), "active", "order", "2026-11-04",
         pr="hf", performer=hospice, reasonref=hf, enc=e2)
    c.careplan("Hospice plan of care", cc((SCT, "385763009", "Hospice care"), text="Hospice care"), "2026-11-15", pr="pall",
               addresses=[hf], acts=[(cc(text="Symptom management: dyspnea, edema"), "in-progress", "home diuretic titration, low-dose morphine")])


@case("TELE", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Hepatocellular carcinoma BCLC D on Child-Pugh C cirrhosis; outside hepatology letter says no transplant, "
      "locoregional or systemic options and recommends hospice, which was referred; no second opinion on record.",
      "HCC BCLC-D on Child C cirrhosis; hepatology letter 'no treatment options', hospice referral.")
def up_pos_hcc(c):
    c.setup("Raymond", "Ochoa", "male", "1956-04-12", [("pcp", "Gail", "Henderson", "Internal medicine physician"),
                                                      ("hep", "Victor", "Singh", "Hepatology (outside)")], city="Albuquerque")
    hos = c.ext_org("Sunrise Hospice of New Mexico", "hospice")
    cir = c.cond("Alcohol-related cirrhosis, Child-Pugh C", ((SCT, "420054005", "Alcoholic cirrhosis"),
                 (I10CM, "K70.30", "Alcoholic cirrhosis of liver without ascites")), "2021-08-01")
    hcc = c.cond("Hepatocellular carcinoma", ((SCT, "25370001", "Hepatocellular carcinoma"), (I10CM, "C22.0", "Liver cell carcinoma")),
                 "2026-07-21", stage="BCLC D")
    c.cond("Alcohol use disorder, in sustained remission", ((I10CM, "F10.21", "Alcohol dependence, in remission"),), "2021-08-01")
    c.med("MedicationStatement", RXN("9997", "spironolactone"), "2024-01-01", dose="100 mg daily")
    c.med("MedicationStatement", RXN("36676", "lactulose"), "2025-01-01", dose="20 g TID")
    c.panel("2026-07-18", "Hepatic panel, AFP, INR", [("bili", 4.1), ("alb", 2.4), ("inr", 1.9), ("afp", 1240), ("plt", 62)])
    c.report("2026-07-20", cc((LNC, "24556-3", "CT Abdomen W contrast IV"), text="Triple-phase CT abdomen (outside)"),
             "Multifocal LI-RADS 5 lesions, largest 7 cm, with tumor thrombus in right portal vein. Moderate ascites.")
    e1 = c.enc("2026-08-04", "Video visit", "VR", pr="pcp")
    c.note("2026-08-04", "Video visit", "Reviewed new HCC dx. Referred to hepatology at university center.", enc=e1, author="pcp")
    c.note("2026-10-22", "Outside hepatology consult letter (scanned)",
           "Multifocal HCC with portal vein invasion, Child-Pugh C (score 11), ECOG 2. BCLC stage D.\n"
           "Not a candidate for transplant, resection, ablation, TACE or systemic therapy given liver function.\n"
           "No disease-directed treatment options. Recommend best supportive care and hospice enrollment.",
           author="hep", typ=cc((LNC, "11488-4", "Consult note"), text="Consult note"))
    e2 = c.enc("2026-11-03", "Video visit", "VR", pr="pcp", reason="goals of care")
    c.vitals("2026-11-03", 104, 64, 92, 68, enc=e2)
    c.note("2026-11-03", "Video visit - goals of care", "Discussed hepatology letter with pt and daughter. Understands no tumor-directed "
           "treatment is possible. Agrees to hospice. Referral sent, POLST completed.", enc=e2, author="pcp")
    c.sr(cc((SCT, "306205009", "Referral to hospice"), text="Hospice referral"), "active", "order", "2026-11-03",
         pr="pcp", performer=hos, reasonref=hcc, enc=e2)
    c.msg("2026-11-09", "Hospice nurse came today. Dad is more comfortable. Thank you.", recipient=c.pr["pcp"])


@case("IT", "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "Stage IV lung cancer managed with best supportive care, but a second opinion from a national cancer institute "
      "in October 2026 already confirmed it: suppressed.",
      "NSCLC stadio IV in cure palliative; secondo parere IRCCS (ottobre 2026) gia' eseguito.")
def up_nm_lung_2nd(c):
    c.setup("Paola", "Ricci", "female", "1950-03-03", [("onco", "Davide", "Marchi", "Oncologia medica"),
                                                      ("pneumo", "Lucia", "Ferrara", "Pneumologia")], ident="RCCPLA50C43A390M")
    irccs = c.ext_org("IRCCS Istituto Nazionale Tumori - Oncologia toracica", "irccs")
    ca = c.cond("Adenocarcinoma polmonare lobo superiore dx, stadio IV", ((I9, "162.3", "Tumori maligni del lobo superiore, bronchi o polmone"),
                (I10, "C34.1", "Tumore maligno del lobo superiore, bronchi o polmone")), "2026-07-02",
                stage="cT3 N2 M1c (ossa, surrene)")
    c.cond("BPCO grave", ((I9, "496", "Ostruzioni croniche delle vie respiratorie"), (I10, "J44.9", "Broncopneumopatia cronica ostruttiva")),
           "2012-01-01", severity="GOLD 4")
    c.med("MedicationStatement", ATCc("R03AL08", "vilanterol, umeclidinium and fluticasone furoate", "Trelegy 92/55/22"), "2020-01-01", dose="1 inalazione/die")
    c.report("2026-07-02", cc((LNC, "66117-3", "Pathology report"), text="Esame istologico biopsia TC-guidata"),
             "Adenocarcinoma polmonare, TTF1+. EGFR, ALK, ROS1, BRAF, KRAS G12C non mutati. PD-L1 < 1%.", cat=("SP", "Surgical Pathology"))
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score"), text="ECOG performance status"), "2026-07-20", 3, cat="survey")
    e1 = c.enc("2026-07-20", "Visita oncologica", pr="onco")
    c.note("2026-07-20", "Referto oncologico", "ECOG 3 per BPCO grave in ossigenoterapia. Non candidabile a terapia sistemica; "
           "si propone terapia di supporto e attivazione cure palliative.", enc=e1, author="onco")
    c.careplan("Cure palliative simultanee", cc((SCT, "103735009", "Palliative care"), text="Cure palliative"), "2026-08-01",
               addresses=[ca], pr="onco", acts=[(cc(text="Controllo sintomi"), "in-progress", "morfina a basse dosi per dispnea")])
    e2 = c.enc("2026-10-10", "Consulenza per secondo parere oncologico", org=irccs, reason="secondo parere richiesto dalla paziente")
    c.note("2026-10-10", "Secondo parere - IRCCS Istituto Nazionale Tumori",
           "Revisione di istologia, profilo molecolare e imaging. Si conferma stadio IV senza alterazioni bersaglio, PD-L1 negativo, "
           "ECOG 3. Concordiamo con il centro inviante: nessuna indicazione a trattamento sistemico; prosecuzione cure palliative.\n"
           "English summary: second opinion confirms no systemic treatment options; continue palliative care.",
           enc=e2, typ=cc((LNC, "11488-4", "Consult note"), text="Secondo parere"))
    e3 = c.enc("2026-11-17", "Visita ambulatoriale cure palliative", pr="onco")
    c.vitals("2026-11-17", 118, 70, 96, 49, enc=e3, spo2=90)
    c.note("2026-11-17", "Diario", "Dispnea controllata, paziente serena dopo il secondo parere. Prosegue piano palliativo.", enc=e3, author="onco")


@case("CARD", "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "'No treatment required' refers to a benign finding (small PFO, trivial MR) on a pre-participation echo in a "
      "healthy man - not an untreatable condition.",
      "Sports pre-participation echo: small PFO and trivial MR, 'no treatment required'.")
def up_nm_pfo(c):
    c.setup("Jason", "Miller", "male", "1988-02-14", [("card", "Rachel", "Stein", "Sports cardiology")])
    e1 = c.enc("2026-09-16", "Sports cardiology evaluation", pr="card", reason="soft systolic murmur on marathon pre-participation exam")
    c.vitals("2026-09-16", 118, 70, 52, 72, enc=e1, ht=180)
    c.obs(cc((LNC, "11524-6", "EKG study"), text="12-lead ECG"), "2026-09-16",
          "Sinus bradycardia 52, early repolarization, athletic pattern. Normal for trained athlete.", cat="procedure", enc=e1, interp="N")
    r = c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF"), "2026-09-23", 60, "%", 55, None, cat="imaging")
    c.report("2026-09-23", cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="TTE with bubble study"),
             "Normal LV size and function, LVEF 60%. Trivial mitral regurgitation. Small PFO with minimal shunt on Valsalva. "
             "Structurally normal heart otherwise.", cat=("CUS", "Cardiac Ultrasound"), results=(r,))
    c.cond("Patent foramen ovale, small", ((SCT, "204315000", "Patent foramen ovale"), (I10CM, "Q21.12", "Patent foramen ovale")),
           "2026-09-23", note="Incidental. No treatment required.")
    c.panel("2026-09-16", "Lipids, CBC, BMP", [("hbm", 15.2), ("crea", 1.1), ("k", 4.2), ("ldl", 88), ("tsh", 1.4)], enc=e1)
    e2 = c.enc("2026-09-30", "Sports cardiology follow-up (video)", "VR", pr="card")
    c.note("2026-09-30", "Follow-up note",
           "Echo: small PFO, trivial MR - benign findings common in the general population. No treatment required and no "
           "activity restriction; cleared for marathon. No routine follow-up needed. Murmur is a flow murmur.",
           enc=e2, author="card")
    c.obs(cc(text="Exercise treadmill study (Bruce protocol)"), "2026-09-28",
          "17 min, 18.7 METs, no ischemic changes, no arrhythmia.", cat="procedure", interp="N")
    c.med("MedicationStatement", cc(text="multivitamin"), "2020-01-01", dose="daily")
    c.msg("2026-10-01", "Thanks for clearing me - race is on Nov 8!", recipient=c.pr["card"])
