"""Organisation D: neuromuscular and rare-disease clinic (Pennine Centre for Neuromuscular and Rare Diseases, Leeds UK).
SNOMED CT, ICD-10 (WHO), Orphanet, HGNC/HGVS genetic reports in LOINC panels, local codes for functional motor
scales in series, medicines as text (dm+d names), multidisciplinary clinic letters to the GP."""
from fhirkit import Case, cc, txt, local

ICD = "icd10"
LETTER = cc(("loinc", "11488-4", "Consult note"), text="Clinic letter")
REFERRAL = cc(("loinc", "57133-1", "Referral note"), text="GP referral (NHS e-Referral Service)")
GENREP = cc(("loinc", "51969-4", "Genetic analysis report"), text="Genomic laboratory report")
PROGRESS = cc(("loinc", "11506-3", "Progress note"), text="Clinical note")
NHS_PAYOR = ("NHS West Yorkshire Integrated Care Board", txt("NHS-funded care"))

UK = {  # key: (loinc, display, unit, ucum, low, high)
    "ck_f": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 25, 200),
    "ck_m": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 40, 320),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 0, 40),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 0, 40),
    "hb_f": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", "g/L", 115, 165),
    "hb_m": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", "g/L", 130, 180),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L", "10*9/L", 4.0, 11.0),
    "cr_f": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", "umol/L", 45, 84),
    "cr_m": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", "umol/L", 59, 104),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "mU/L", "m[IU]/L", 0.27, 4.2),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "pmol/L", "pmol/L", 12, 22),
    "tpo": ("8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma", "IU/mL", "[IU]/mL", None, 34),
    "a1c": ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "mmol/mol", "mmol/mol", 20, 41),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "ng/L", "ng/L", 197, 771),
    "folate": ("2284-8", "Folate [Mass/volume] in Serum or Plasma", "ug/L", "ug/L", 3.9, None),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", "mg/L", None, 5),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", "mm/h", None, 20),
}


def ukl(c, key, date, value, **kw):
    loinc, disp, unit, ucum, low, high = UK[key]
    return c.obs(cc(("loinc", loinc, disp)), date, value, unit, ucum, low=low, high=high, **kw)


def med(text):
    return txt(text)


def setup_d(c, family, given, gender, birth, nhs, gp, staff, line=None, city="Leeds"):
    return c.setup(
        patient=dict(family=family, given=given, gender=gender, birth=birth, lang="en-GB", ident=("nhs", nhs),
                     city=city, line=line),
        staff=staff, gp=(gp[0], gp[1], gp[2], gp[3], ("gmc", gp[4]), "Dr", "General practitioner", "General practice"),
        insurer=(NHS_PAYOR[0], NHS_PAYOR[1], nhs, "2000-01-01"))


HARTLEY = ("Hartley", "Eleanor", "Dr", "Consultant Neurologist (Neuromuscular)", ("gmc", "4417263"))
MENON = ("Menon", "Rajiv", "Dr", "Consultant Clinical Neurophysiologist", ("gmc", "6032871"))
OSEI = ("Osei", "Kwame", "Dr", "Consultant in Inherited Metabolic Disease", ("gmc", "5528104"))
PARRY = ("Parry", "Siân", None, "Neuromuscular Clinical Nurse Specialist", None)
WALSH = ("Walsh", "Liam", None, "Specialist Neuromuscular Physiotherapist", None)


def motor(c, code, display, date, value, unit=None, enc=None, note=None, rr=None):
    code_cc = cc(local(c, code, display), text=display)
    if unit is None:
        return c.obs_int(code_cc, date, value, cat="survey", enc=enc, note=note, rr_text=rr)
    return c.obs(code_cc, date, value, unit, flag=None, cat="exam", enc=enc, note=note, rr_text=rr)


def variant_panel(c, date, gene, hgnc, cdna, protein, allelic, signif, note=None):
    allele = {"het": ("LA6706-1", "Heterozygous"), "hom": ("LA6705-3", "Homozygous")}[allelic]
    sig = {"path": ("LA6668-3", "Pathogenic"), "likely": ("LA26332-9", "Likely pathogenic")}[signif]
    comps = [
        {"code": cc(("loinc", "48018-6", "Gene studied [ID]")), "valueCodeableConcept": cc(("hgnc", hgnc, gene))},
        {"code": cc(("loinc", "48004-6", "DNA change (c.HGVS)")), "valueCodeableConcept": cc(("hgvs", cdna, cdna))},
        {"code": cc(("loinc", "53034-5", "Allelic state")), "valueCodeableConcept": cc(("loinc",) + allele)},
        {"code": cc(("loinc", "53037-8", "Genetic variation clinical significance [Imp]")),
         "valueCodeableConcept": cc(("loinc",) + sig)},
    ]
    if protein:
        comps.insert(2, {"code": cc(("loinc", "48005-3", "Amino acid change (pHGVS)")),
                         "valueCodeableConcept": cc(("hgvs", protein, protein))})
    return c.obs_components(cc(("loinc", "81247-9", "Master HL7 genetic variant reporting panel"),
                               text=f"{gene} variant"), date, comps, note=note)


# =============================================================================== D1
def d_fibromyalgia_ck(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH positive: fibromyalgia label for 14 months while proximal weakness progresses and
    CK/transaminases rise - findings the label cannot explain. Awaiting first neuromuscular appointment."""
    c = Case(cid, "D")
    r = setup_d(c, "Whitworth", ["Karen", "Louise"], "female", "1979-02-11", "485 777 3456",
                ("Qureshi", "Imran", "Moorside Surgery", "Bradford", "6120934"), [HARTLEY],
                line="14 Heaton Grove", city="Bradford")
    nm = r["staff"][0]
    gp = r["gp"]
    fm = c.condition(cc((ICD, "M79.7", "Fibromyalgia"), ("sct", "203082005", "Fibromyalgia"), text="Fibromyalgia"),
                     onset="2025-06-01", recorded="2025-09-10", asserter=gp,
                     note="Widespread aches, fatigue, poor sleep; normal FBC/ESR/TFT 2025.")
    c.condition(cc(("sct", "35489007", "Depressive disorder"), (ICD, "F32.1", "Moderate depressive episode"),
                   text="Depression (moderate), 2023"), onset="2023-01-01", clinical="remission", abatement="2024-06-01")
    c.medstmt(med("Amitriptyline 25 mg tablets"), "2025-09-10", status="stopped", end="2026-01-12",
              dose_text="25 mg at night", note="Stopped - no benefit, morning drowsiness.")
    c.medstmt(med("Duloxetine 60 mg gastro-resistant capsules"), "2026-01-12", dose_text="60 mg once daily",
              reason=txt("Fibromyalgia"))
    ukl(c, "esr", "2025-08-20", 8)
    ukl(c, "tsh", "2025-08-20", 1.6)
    enc = []
    for d, ck, alt, note in (("2026-03-17", 1240, 46, "Struggling with stairs and getting up from low chairs."),
                             ("2026-07-14", 1870, 88, "Now needs hand rail; cannot lift arms to wash hair for long."),
                             ("2026-10-15", 2150, 97, "Fell twice on stairs. Neck feels weak.")):
        e = c.encounter(d, type_cc=cc(("sct", "185347001", "Encounter for problem"), text="GP appointment"), prac=gp,
                        org=r["gporg"], reason_ref=fm)
        enc.append(e)
        c.symptom(cc(("sct", "26544005", "Muscle weakness"), text="Proximal muscle weakness"), d,
                  "moderate" if d < "2026-10" else "severe", enc=e, note=note)
        ukl(c, "ck_f", d, ck, enc=e)
        ukl(c, "alt", d, alt, enc=e)
        if d == "2026-07-14":
            ukl(c, "ast", d, 96, enc=e)
    c.note("2026-03-17", PROGRESS, "GP consultation", """
Fibromyalgia. Now also difficulty with stairs and rising from chairs. Pain widespread as before.
CK 1240 - ?exertional (started gym classes in Jan). Advised rest and repeat CK in a few months.
Continue duloxetine. Dr I Qureshi
""", author=gp, custodian=r["gporg"], enc=enc[0])
    c.note("2026-07-14", PROGRESS, "GP consultation", """
Fibromyalgia flare. Weakness climbing stairs worse. Stopped gym in March. CK 1870, ALT 88, AST 96.
Alcohol 4 units/week. Not on a statin. Liver ultrasound requested for deranged LFTs.
Dr I Qureshi
""", author=gp, custodian=r["gporg"], enc=enc[1])
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="Ultrasound abdomen (liver)"), "2026-08-19",
             "Normal liver size and echotexture. No focal lesion. Normal gallbladder and biliary tree.",
             cat=("dr-sect", "RAD", "Radiology"))
    c.note("2026-10-20", REFERRAL, "Referral to neuromuscular clinic (e-RS)", """
Dear Dr Hartley,
Re: Karen Whitworth, 47. Diagnosed with fibromyalgia in September 2025. Over the last 8 months she has
developed difficulty climbing stairs, rising from low chairs and lifting her arms, with two falls.
CK persistently raised: 1240 (March), 1870 (July), 2150 (October). ALT/AST mildly raised; liver ultrasound
normal. Not on a statin. I still think much of this is her fibromyalgia but the CK remains high.
Grateful for your opinion.
Dr Imran Qureshi, Moorside Surgery
""", author=gp, custodian=r["gporg"])
    c.servicereq(cc(("sct", "3457005", "Patient referral"), text="Referral to neuromuscular clinic - raised CK"),
                 "2026-10-20", status="active", requester=gp, performer=nm, reason_ref=fm)
    c.appointment("2027-01-19", 45, "New patient - neuromuscular clinic (Dr Hartley)", practitioner=nm,
                  reason_ref=fm, hm="10:30", created="2026-10-28")
    c.note("2026-10-28", PROGRESS, "Referral triage", """
Referral accepted. Routine new patient slot 19/01/2027. GP asked to repeat CK and LFTs before the visit.
E Hartley
""", author=nm)
    meta = dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
                why="Fibromyalgia label active for 14 months while progressive proximal weakness, falls and a rising CK "
                    "(1240 -> 2150) with raised transaminases appear - abnormal results the label cannot account for.",
                summary="Neuromuscular referral: 'fibromyalgia' with progressive proximal weakness and CK 2150.")
    return c, meta


# =============================================================================== D2
def d_hypothyroid_resolved(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH near miss: non-specific 'malaise and fatigue' replaced by hypothyroid myopathy
    (Hashimoto); treated, symptoms and CK resolved."""
    c = Case(cid, "D")
    r = setup_d(c, "Pickering", ["Susan", "Mary"], "female", "1971-05-30", "401 223 8765",
                ("Ashworth", "Helen", "Chapel Allerton Medical Practice", "Leeds", "5823017"), [HARTLEY, PARRY],
                line="7 Stainbeck Lane")
    nm, cns = r["staff"]
    gp = r["gp"]
    fat = c.condition(cc((ICD, "R53", "Malaise and fatigue"), ("sct", "84229001", "Fatigue"), text="Tired all the time"),
                      onset="2025-12-01", recorded="2026-02-10", asserter=gp, clinical="resolved",
                      abatement="2026-08-18")
    e1 = c.encounter("2026-02-10", type_cc=cc(("sct", "185347001", "Encounter for problem"), text="GP appointment"),
                     prac=gp, org=r["gporg"], reason_ref=fat)
    c.symptom(cc(("sct", "84229001", "Fatigue"), text="Fatigue and muscle aches"), "2026-02-10", "moderate", enc=e1)
    e2 = c.encounter("2026-03-03", type_cc=cc(("sct", "185347001", "Encounter for problem"), text="GP appointment"),
                     prac=gp, org=r["gporg"], reason_ref=fat)
    labs = [ukl(c, "ck_f", "2026-03-03", 640, enc=e2), ukl(c, "tsh", "2026-03-03", 48, enc=e2),
            ukl(c, "ft4", "2026-03-03", 5.1, enc=e2), ukl(c, "tpo", "2026-03-03", 890, enc=e2)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="GP bloods"),
             "2026-03-03", "Raised CK. Overt primary hypothyroidism with strongly positive TPO antibodies.", results=labs)
    hashi = c.condition(cc((ICD, "E06.3", "Autoimmune thyroiditis"), ("sct", "21983002", "Hashimoto thyroiditis"),
                           text="Hashimoto's thyroiditis"), onset="2026-03-03", asserter=gp, evidence=labs[1:])
    c.medstmt(med("Levothyroxine 50 micrograms tablets, increased to 100 micrograms 04/2026"), "2026-03-05",
              dose_text="100 micrograms once daily")
    e3 = c.encounter("2026-04-14", type_cc=cc(("sct", "11429006", "Consultation"), text="Neuromuscular clinic - new"),
                     prac=nm)
    myo = c.condition(cc((ICD, "G73.5", "Myopathy in endocrine diseases"), text="Hypothyroid myopathy"),
                      onset="2026-03-03", recorded="2026-04-14", asserter=nm, enc=e3, clinical="resolved",
                      abatement="2026-08-18")
    c.obs_str(cc(local(c, "MRC-EXAM", "MRC muscle power examination"), text="MRC examination"), "2026-04-14",
              "Hip flexion 4+/5 bilaterally, shoulder abduction 5-/5; reflexes slow-relaxing.", flag="A", enc=e3)
    c.note("2026-04-14", LETTER, "Neuromuscular clinic letter", """
Dear Dr Ashworth,
Diagnosis: hypothyroid myopathy secondary to Hashimoto's thyroiditis.
Mrs Pickering has 4 months of fatigue, myalgia and mild proximal weakness (hip flexion 4+/5) with
slow-relaxing reflexes. CK 640, TSH 48, free T4 5.1, TPO antibodies 890. This picture is fully explained by
hypothyroidism; I do not think EMG or biopsy is needed. Please continue titrating levothyroxine
(now 100 micrograms). I will review with repeat CK in the summer.
Dr Eleanor Hartley, Consultant Neurologist
""", author=nm, enc=e3)
    ukl(c, "tsh", "2026-06-16", 8.2)
    ukl(c, "ck_f", "2026-06-16", 310)
    e4 = c.encounter("2026-08-18", type_cc=cc(("sct", "185389009", "Follow-up visit"), text="Neuromuscular clinic - review"),
                     prac=nm, reason_ref=myo)
    for key, val in (("ck_f", 142), ("tsh", 2.1), ("ft4", 15.2)):
        ukl(c, key, "2026-08-18", val, enc=e4)
    c.obs_str(cc(local(c, "MRC-EXAM", "MRC muscle power examination"), text="MRC examination"), "2026-08-18",
              "Full power throughout (MRC 5/5); normal reflexes.", flag="N", enc=e4)
    c.note("2026-08-18", LETTER, "Neuromuscular clinic letter - discharge", """
Dear Dr Ashworth,
Mrs Pickering feels back to normal: no fatigue, no aches, full power. CK 142, TSH 2.1, free T4 15.2.
Hypothyroid myopathy has resolved with levothyroxine. Discharged from neuromuscular follow-up;
thyroid monitoring in primary care.
Dr Eleanor Hartley
""", author=nm, enc=e4)
    meta = dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
                why="The non-specific 'malaise and fatigue' label was replaced within weeks by a diagnosis that explains "
                    "everything (Hashimoto hypothyroid myopathy); treatment normalised CK and thyroid function and the "
                    "symptoms resolved.",
                summary="Neuromuscular: fatigue and raised CK explained by hypothyroid myopathy; resolved, discharged.")
    return c, meta


# =============================================================================== D3
def d_diabetic_neuropathy(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH near miss: abnormal nerve conduction fully consistent with the existing diagnosis
    of diabetic polyneuropathy; other causes screened and excluded; pain improving."""
    c = Case(cid, "D")
    r = setup_d(c, "Ferguson", ["Malcolm", "James"], "male", "1964-01-19", "433 908 1122",
                ("Bains", "Harjit", "Harehills Lane Surgery", "Leeds", "4901266"), [HARTLEY, MENON],
                line="221 Roundhay Road")
    nm, nphys = r["staff"]
    gp = r["gp"]
    dm = c.condition(cc((ICD, "E11.4", "Type 2 diabetes mellitus with neurological complications"),
                        ("sct", "44054006", "Diabetes mellitus type 2"), text="Type 2 diabetes"), onset="2014-03-01")
    dpn = c.condition(cc((ICD, "G63.2", "Diabetic polyneuropathy"), ("sct", "230572002", "Diabetic polyneuropathy"),
                         text="Diabetic peripheral polyneuropathy"), onset="2025-06-01", recorded="2025-06-24")
    c.condition(cc((ICD, "I10", "Essential (primary) hypertension"), ("sct", "59621000", "Essential hypertension"),
                   text="Hypertension"), onset="2012-01-01")
    c.medstmt(med("Metformin 1 g modified-release tablets"), "2014-03-01", dose_text="1 g twice daily")
    c.medstmt(med("Gliclazide 80 mg tablets"), "2019-01-01", dose_text="80 mg twice daily")
    c.medstmt(med("Ramipril 5 mg capsules"), "2012-01-01", dose_text="5 mg once daily")
    c.note("2026-06-30", REFERRAL, "Referral to neuromuscular clinic (e-RS)", """
Dear colleague,
Mr Ferguson has known diabetic neuropathy but over the last few months his feet burn at night and he feels
unsteady in the dark. Please could you assess and exclude any other cause of neuropathy.
HbA1c has been 65-72 mmol/mol.
Dr H Bains
""", author=gp, custodian=r["gporg"])
    e = c.encounter("2026-09-22", type_cc=cc(("sct", "11429006", "Consultation"), text="Neuromuscular clinic - new"),
                    prac=[nm, nphys], reason_ref=dpn)
    pain = cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
              text="Neuropathic foot pain")
    c.obs_int(pain, "2026-09-22", 7, enc=e)
    c.obs_str(cc(local(c, "NEURO-EXAM", "Neurological examination"), text="Examination"), "2026-09-22",
              "Stocking loss to pinprick to mid-shin, vibration absent at toes and ankles, absent ankle jerks, "
              "mildly positive Romberg. Power normal.", flag="A", enc=e)
    c.report(cc(local(c, "NCS", "Nerve conduction studies"), text="Nerve conduction studies, lower and upper limbs"),
             "2026-09-22", "Absent sural SNAPs bilaterally, reduced superficial peroneal SNAPs, reduced peroneal and "
             "tibial CMAP amplitudes with mildly reduced conduction velocities; upper limb sensory amplitudes "
             "low-normal. Conclusion: length-dependent axonal sensorimotor polyneuropathy, consistent with diabetic "
             "polyneuropathy. No features of demyelination.", cat=("dr-sect", "OTH", "Other"), performer=nphys, enc=e)
    scr = [ukl(c, "b12", "2026-09-22", 410, enc=e), ukl(c, "folate", "2026-09-22", 7.8, enc=e),
           ukl(c, "tsh", "2026-09-22", 1.9, enc=e), ukl(c, "esr", "2026-09-22", 12, enc=e),
           ukl(c, "a1c", "2026-09-22", 71, enc=e),
           c.lab_str(cc(local(c, "SPEP", "Serum protein electrophoresis and immunofixation"), text="Serum protein electrophoresis"),
                     "2026-09-22", "No paraprotein detected.", flag="N", enc=e),
           c.lab_str(cc(local(c, "ANA", "Antinuclear antibodies (IIF)"), text="ANA"), "2026-09-22", "Negative", flag="NEG",
                     enc=e)]
    c.report(cc(local(c, "NEUROPATHY-SCREEN", "Neuropathy screening bloods"), text="Neuropathy screen"), "2026-09-22",
             "No alternative cause identified. HbA1c above target.", results=scr)
    c.medstmt(med("Pregabalin 75 mg capsules"), "2026-09-22", dose_text="75 mg twice daily",
              reason=txt("Painful diabetic neuropathy"))
    c.note("2026-09-22", LETTER, "Neuromuscular clinic letter", """
Dear Dr Bains,
Diagnosis: diabetic length-dependent axonal sensorimotor polyneuropathy (painful).
The examination and nerve conduction studies show a length-dependent axonal sensorimotor neuropathy, which is
exactly what we would expect from long-standing type 2 diabetes with HbA1c around 70. B12, folate, thyroid,
ESR, protein electrophoresis and ANA are normal and he drinks little alcohol; I have found no second cause.
Plan: pregabalin 75 mg twice daily (increase to 150 mg twice daily if needed), podiatry, falls advice, and
tighter glycaemic control via the diabetes team. No neuromuscular follow-up needed after telephone review.
Dr Eleanor Hartley
""", author=nm, enc=e)
    e2 = c.encounter("2026-11-24", klass="VR", type_cc=cc(("sct", "185389009", "Follow-up visit"),
                                                          text="Telephone review"), prac=nm, reason_ref=dpn)
    c.obs_int(pain, "2026-11-24", 4, enc=e2)
    c.note("2026-11-24", PROGRESS, "Telephone review", """
Burning much improved on pregabalin 75 mg BD (pain 7 -> 4/10), sleeping better, no falls. Discharged to GP.
E Hartley
""", author=nm, enc=e2)
    meta = dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
                why="The abnormal nerve conduction and examination findings are exactly what the existing diagnosis of "
                    "diabetic polyneuropathy predicts; other causes were screened and excluded, and pain is improving.",
                summary="Neuromuscular: worsening foot symptoms with abnormal NCS, fully consistent with diabetic neuropathy.")
    return c, meta


# =============================================================================== D4
def d_cts_injection(cid):
    """MAJOR_PROCEDURE_PLANNED near miss: only a minor procedure planned (ultrasound-guided steroid injection for
    carpal tunnel syndrome)."""
    c = Case(cid, "D")
    r = setup_d(c, "Lowe", ["Rebecca"], "female", "1982-08-14", "462 118 0937",
                ("Fenwick", "Adam", "Oakwood Lane Medical Centre", "Leeds", "7034512"), [MENON, WALSH],
                line="58 Oakwood Drive")
    nphys, physio = r["staff"]
    gp = r["gp"]
    c.condition(cc(("sct", "40930008", "Hypothyroidism"), text="Primary hypothyroidism"), onset="2016-01-01")
    c.medstmt(med("Levothyroxine 75 micrograms tablets"), "2016-01-01", dose_text="75 micrograms once daily")
    cts = c.condition(cc((ICD, "G56.0", "Carpal tunnel syndrome"), ("sct", "57406009", "Carpal tunnel syndrome"),
                         text="Carpal tunnel syndrome, right > left"), onset="2025-11-01", recorded="2026-05-19",
                      asserter=gp)
    c.note("2026-05-19", PROGRESS, "GP consultation", """
6 months of tingling right thumb, index and middle fingers, waking her at night, shaking the hand helps.
Phalen positive right. Night splint given; refer for nerve conduction studies if no better.
Dr A Fenwick
""", author=gp, custodian=r["gporg"])
    ukl(c, "tsh", "2026-05-19", 2.4)
    e = c.encounter("2026-10-06", type_cc=cc(("sct", "11429006", "Consultation"), text="Neurophysiology clinic"),
                    prac=nphys, reason_ref=cts)
    c.report(cc(local(c, "NCS", "Nerve conduction studies"), text="Nerve conduction studies, upper limbs"),
             "2026-10-06", "Right median: prolonged distal motor latency (5.2 ms), reduced sensory conduction velocity "
             "across the wrist, normal CMAP amplitude - moderate carpal tunnel syndrome. Left median: mild. Ulnar "
             "nerves normal. No evidence of cervical radiculopathy.", cat=("dr-sect", "OTH", "Other"), performer=nphys,
             enc=e)
    motor(c, "BCTQ-SSS", "Boston Carpal Tunnel Questionnaire - symptom severity scale", "2026-10-06", 3.1, unit="{score}",
          enc=e, rr="1 (no symptoms) - 5 (most severe)")
    inj = c.servicereq(txt("Ultrasound-guided corticosteroid injection, right carpal tunnel (methylprednisolone 40 mg "
                           "with lidocaine)"), "2026-10-20", status="active", intent="order", requester=nphys,
                       reason_ref=cts, occurrence="2026-12-15", category=cc(("sct", "103693007", "Diagnostic procedure"),
                                                                            text="Outpatient minor procedure"),
                       patient_instruction="Outpatient clinic room 4, no fasting needed, you can drive home.")
    c.appointment("2026-12-15", 20, "Ultrasound-guided carpal tunnel injection (outpatient)", practitioner=nphys,
                  based_on=inj, hm="14:00", created="2026-10-20")
    c.note("2026-10-20", LETTER, "Neurophysiology clinic letter", """
Dear Dr Fenwick,
Nerve conduction studies confirm moderate right and mild left carpal tunnel syndrome.
Rebecca would like to try an injection before considering surgery. I have booked an ultrasound-guided
corticosteroid injection into the right carpal tunnel in outpatients on 15/12/2026 (a 10-minute procedure
under local anaesthetic). Continue night splints. If symptoms return after the injection we can discuss
referral to the hand surgeons, but no operation is planned at present.
Dr Rajiv Menon, Consultant Clinical Neurophysiologist
""", author=nphys)
    c.servicereq(cc(("sct", "91251008", "Physical therapy procedure"), text="Hand therapy - nerve gliding, splint review"),
                 "2026-10-20", status="completed", requester=nphys, performer=physio, reason_ref=cts)
    meta = dict(target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
                why="The only planned intervention is a 10-minute outpatient ultrasound-guided steroid injection for "
                    "carpal tunnel syndrome - a minor procedure; surgery is explicitly not planned.",
                summary="Neurophysiology: carpal tunnel syndrome, outpatient steroid injection booked (minor).")
    return c, meta


# =============================================================================== D5
def d_als_hospice(cid):
    """UNTREATABLE_PROGNOSIS positive (also RARE): ALS, disease-modifying options exhausted, hospice referral,
    declined tracheostomy ventilation."""
    c = Case(cid, "D")
    r = setup_d(c, "Atherton", ["Graham", "Peter"], "male", "1962-03-08", "439 551 2086",
                ("Sutcliffe", "Joanna", "Kirkstall Health Centre", "Leeds", "5310478"),
                [HARTLEY, PARRY, ("Doherty", "Fiona", "Dr", "Consultant in Palliative Medicine", ("gmc", "6612093")),
                 ("Ahmed", "Bilal", "Dr", "Consultant Respiratory Physician (NIV)", ("gmc", "5904417"))],
                line="3 Abbey Walk")
    nm, cns, pal, resp = r["staff"]
    als = c.condition(cc(("sct", "86044005", "Amyotrophic lateral sclerosis"), (ICD, "G12.2", "Motor neuron disease"),
                         ("orpha", "803", "Amyotrophic lateral sclerosis"), text="Amyotrophic lateral sclerosis (MND)"),
                      onset="2025-03-01", recorded="2025-11-18", asserter=nm,
                      note="Limb onset (right hand). Gold Coast criteria met; EMG widespread active denervation.")
    gen1 = c.lab_str(cc(local(c, "MND-PANEL", "MND gene panel (SOD1, TARDBP, FUS sequencing; C9orf72 repeat sizing)"),
                        text="MND gene panel"), "2026-01-20",
                     "No pathogenic variant detected; C9orf72 repeat not expanded.", flag="N")
    c.report(GENREP, "2026-01-20", "No pathogenic variant in SOD1, TARDBP or FUS; C9orf72 hexanucleotide repeat "
             "within normal range. Not eligible for SOD1-directed therapy.", results=[gen1],
             cat=("dr-sect", "GE", "Genetics"))
    c.medstmt(med("Riluzole 50 mg tablets (via gastrostomy as suspension since 07/2026)"), "2025-12-02",
              dose_text="50 mg twice daily", reason=txt("Amyotrophic lateral sclerosis"))
    c.procedure(txt("Radiologically inserted gastrostomy (RIG)"), date="2026-07-08", reason_ref=als)
    c.procedure(txt("Initiation of non-invasive ventilation (bilevel, nocturnal)"), date="2026-08-20",
                performer=resp, reason_ref=als)
    fvc = cc(local(c, "FVC-PP", "Forced vital capacity, % predicted (sitting)"), text="FVC % predicted")
    c.obs(fvc, "2026-05-12", 62, "%", low=80, cat="exam")
    e = c.encounter("2026-10-27", type_cc=cc(("sct", "11429006", "Consultation"), text="MND multidisciplinary clinic"),
                    prac=[nm, cns, resp], reason_ref=als)
    c.obs(fvc, "2026-10-27", 38, "%", low=80, cat="exam", enc=e)
    motor(c, "ALSFRS-R", "ALS Functional Rating Scale - Revised", "2026-10-27", 19, enc=e, rr="0-48, higher is better")
    c.vitals("2026-10-27", enc=e, weight=63, spo2=93)
    c.note("2026-11-10", LETTER, "MND multidisciplinary clinic letter", """
Dear Dr Sutcliffe,
Graham has rapidly progressive limb-onset ALS (onset March 2025, diagnosis November 2025).
ALSFRS-R is now 19/48, FVC 38 % predicted, using NIV overnight and increasingly in the day, fed via RIG.
Disease-modifying options: riluzole continues but there are no further disease-modifying treatments for him
(SOD1 negative, so not eligible for tofersen; FVC below entry criteria for current trials).
We discussed the future openly with Graham and his wife. He has decided against tracheostomy ventilation.
ReSPECT form completed: not for CPR, not for invasive ventilation, focus on comfort at home.
We have referred him to Kirkgate Hospice and the community specialist palliative care team.
Dr Eleanor Hartley, Consultant Neurologist, on behalf of the MND MDT
""", author=nm)
    c.note("2026-11-24", PROGRESS, "Palliative care home visit", """
Seen at home with wife. Comfortable on NIV, secretions managed with glycopyrronium. Hospice day-therapy
assessment booked. Anticipatory medicines in place. Dr F Doherty
""", author=pal)
    meta = dict(target="UNTREATABLE_PROGNOSIS", kind="positive",
                expected=["UNTREATABLE_PROGNOSIS", "RARE_OR_COMPLEX_CONDITION"],
                why="ALS; the MDT letter states there are no further disease-modifying options and records a hospice "
                    "referral and comfort-focused ReSPECT plan (signal only in the letters), no second opinion; ALS (ORPHA:803) is also an active rare disease. Only two FVC values and one "
                    "ALSFRS-R, so no worsening trend series.",
                summary="MND clinic: rapidly progressive ALS, no further options, hospice referral.")
    return c, meta


# =============================================================================== D6
def d_fnd_flag(cid):
    """PATIENT_REPORTED_CONCERN positive: patient-authored Flag asking for a second opinion on a functional
    neurological disorder diagnosis."""
    c = Case(cid, "D")
    r = setup_d(c, "Brennan", ["Chloe"], "female", "1995-04-22", "472 603 9184",
                ("Akhtar", "Samina", "Burley Park Surgery", "Leeds", "7218843"), [HARTLEY, MENON, WALSH],
                line="19 Cardigan Road")
    nm, nphys, physio = r["staff"]
    gp = r["gp"]
    c.condition(cc(("sct", "37796009", "Migraine"), (ICD, "G43.0", "Migraine without aura"), text="Migraine without aura"),
                onset="2012-01-01")
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="MRI brain and whole spine"), "2026-05-06",
             "Normal MRI brain and whole spine. No demyelination, no cord compression.", cat=("dr-sect", "RAD", "Radiology"))
    c.report(cc(local(c, "NCS-EMG", "Nerve conduction studies and EMG"), text="NCS/EMG lower limbs"), "2026-06-09",
             "Normal nerve conduction and needle EMG of the right leg.", cat=("dr-sect", "OTH", "Other"), performer=nphys)
    ukl(c, "ck_f", "2026-06-09", 96)
    e1 = c.encounter("2026-06-09", type_cc=cc(("sct", "11429006", "Consultation"), text="Neurology clinic - new"),
                     prac=nm)
    fnd = c.condition(cc((ICD, "F44.4", "Dissociative motor disorders"),
                         text="Functional neurological disorder - functional right leg weakness and tremor"),
                      onset="2026-03-01", recorded="2026-06-09", asserter=nm, enc=e1)
    c.obs_str(cc(local(c, "NEURO-EXAM", "Neurological examination"), text="Examination"), "2026-06-09",
              "Positive Hoover's sign right, give-way weakness right leg, tremor entrains and distracts; reflexes, "
              "tone, sensation and plantars normal.", flag="A", enc=e1)
    c.note("2026-06-09", LETTER, "Neurology clinic letter", """
Dear Dr Akhtar,
Diagnosis: functional neurological disorder (functional right leg weakness and tremor).
Chloe has 3 months of episodic right leg weakness and shaking. There are clear positive signs of a functional
disorder (Hoover's sign, entrainment of the tremor), and MRI, nerve studies and CK are normal. I explained
that this is a common, genuine and treatable condition. Referred to our specialist FND physiotherapy programme.
Dr Eleanor Hartley
""", author=nm, enc=e1)
    c.servicereq(cc(("sct", "91251008", "Physical therapy procedure"), text="Specialist physiotherapy for FND (8 sessions)"),
                 "2026-06-09", status="active", requester=nm, performer=physio, reason_ref=fnd)
    e2 = c.encounter("2026-09-15", type_cc=cc(("sct", "185389009", "Follow-up visit"), text="Neurology clinic - review"),
                     prac=nm, reason_ref=fnd)
    c.note("2026-09-15", LETTER, "Neurology clinic letter", """
Dear Dr Akhtar,
Chloe has had 5 physiotherapy sessions; fewer episodes of leg weakness, tremor less frequent. She remains
unconvinced by the diagnosis and worries something has been missed. I have explained again why further
scans are not needed. Review in 6 months.
Dr Eleanor Hartley
""", author=nm, enc=e2)
    c.flag(cc(local(c, "PT-REQ-2ND-OP", "Patient request: second opinion"),
              text="Patient request via patient portal: \"I would like a second opinion from another neurologist. "
                   "I don't feel my symptoms have been taken seriously.\""),
           "2026-11-12", author=c.pat, category=("flag-cat", "admin", "Administrative"))
    meta = dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
                why="A patient-authored Flag requests a second opinion from another neurologist and says her symptoms "
                    "are not taken seriously. The FND diagnosis rests on positive signs, so no other criterion is met.",
                summary="Neurology: functional neurological disorder; patient-authored Flag asking for a second opinion.")
    return c, meta


# =============================================================================== D7
def d_mg_stable(cid):
    """WORSENING_DESPITE_TREATMENT near miss (RARE positive): generalised MG on pyridostigmine + azathioprine,
    MG-ADL 4 -> 5 over 9 months (below the 2-point MCID)."""
    c = Case(cid, "D")
    r = setup_d(c, "Rahman", ["Aisha"], "female", "1987-09-03", "455 204 7719",
                ("Hussain", "Tariq", "Beeston Village Surgery", "Leeds", "6405518"), [HARTLEY, PARRY],
                line="41 Town Street, Beeston")
    nm, cns = r["staff"]
    gp = r["gp"]
    mg = c.condition(cc(("sct", "91637004", "Myasthenia gravis"), (ICD, "G70.0", "Myasthenia gravis"),
                        ("orpha", "589", "Myasthenia gravis"), text="Generalised AChR-antibody-positive myasthenia gravis"),
                     onset="2024-04-01", recorded="2024-06-11", asserter=nm)
    c.obs(cc(local(c, "ACHR-AB", "Acetylcholine receptor antibody"), text="AChR antibody"), "2024-06-11", 12.4, "nmol/L",
          high=0.45)
    c.obs(cc(local(c, "ACHR-AB", "Acetylcholine receptor antibody"), text="AChR antibody"), "2026-08-18", 6.1, "nmol/L",
          high=0.45)
    c.procedure(txt("Robotic-assisted thoracoscopic thymectomy"), date="2025-02-11", reason_ref=mg,
                outcome="Thymic hyperplasia, no thymoma.")
    c.medstmt(med("Pyridostigmine 60 mg tablets"), "2024-06-11", dose_text="60 mg four times daily")
    c.medstmt(med("Azathioprine 50 mg tablets"), "2024-09-03", dose_text="150 mg once daily (TPMT normal)")
    c.medstmt(med("Prednisolone 5 mg tablets"), "2024-06-20", dose_text="5 mg once daily (tapered from 40 mg)")
    for d, adl, qmg in (("2026-02-17", 4, 9), ("2026-05-19", 5, None), ("2026-08-18", 5, 10), ("2026-11-17", 5, 10)):
        e = c.encounter(d, type_cc=cc(("sct", "185389009", "Follow-up visit"), text="Myasthenia clinic"), prac=nm,
                        reason_ref=mg)
        motor(c, "MG-ADL", "Myasthenia Gravis Activities of Daily Living score", d, adl, enc=e,
              rr="0-24, higher is worse; 2-point change clinically meaningful")
        if qmg is not None:
            motor(c, "QMG", "Quantitative Myasthenia Gravis score", d, qmg, enc=e,
                  rr="0-39, higher is worse; 3-point change clinically meaningful")
    for key, val in (("wbc", 5.9), ("alt", 22)):
        ukl(c, key, "2026-11-17", val)
    c.note("2026-11-17", LETTER, "Myasthenia clinic letter", """
Dear Dr Tariq Hussain,
Diagnosis: generalised AChR-antibody-positive myasthenia gravis (2024), post thymectomy (2025).
Aisha remains well with minimal manifestations: mild end-of-day ptosis and occasional tiredness chewing.
MG-ADL 5 (4-5 throughout the year), QMG 10. AChR antibody titre has halved since thymectomy.
Azathioprine monitoring bloods normal. No change to treatment: pyridostigmine 60 mg qds,
azathioprine 150 mg, prednisolone 5 mg. Review in 6 months.
Dr Eleanor Hartley
""", author=nm)
    meta = dict(target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=["RARE_OR_COMPLEX_CONDITION"],
                why="MG-ADL moved 4 -> 5 and QMG 9 -> 10 over nine months, below the minimal important differences "
                    "(2 and 3 points); disease is stable. Myasthenia gravis (ORPHA:589) is, however, an active rare disease.",
                summary="Myasthenia clinic: stable generalised MG, MG-ADL 4 to 5 (below MCID).")
    return c, meta


# =============================================================================== D8
def d_pompe_ert(cid):
    """RARE_OR_COMPLEX_CONDITION positive: late-onset Pompe disease on enzyme replacement therapy, stable."""
    c = Case(cid, "D")
    r = setup_d(c, "Mercer", ["Daniel", "Robert"], "male", "1981-12-12", "418 330 5527",
                ("Ndlovu", "Themba", "Horsforth Medical Practice", "Leeds", "6841120"), [OSEI, HARTLEY, PARRY, WALSH],
                line="9 Featherbank Avenue, Horsforth")
    imd, nm, cns, physio = r["staff"]
    pompe = c.condition(cc(("sct", "274864009", "Pompe disease"), (ICD, "E74.0", "Glycogen storage disease"),
                           ("orpha", "365", "Glycogen storage disease due to acid maltase deficiency"),
                           text="Late-onset Pompe disease (glycogen storage disease type II)"),
                        onset="2016-01-01", recorded="2019-03-12", asserter=imd)
    c.condition(txt("Sleep-related hypoventilation on nocturnal NIV"),
                onset="2023-02-01")
    c.obs(cc(local(c, "GAA-DBS", "Acid alpha-glucosidase activity, dried blood spot"), text="GAA enzyme activity (DBS)"),
          "2019-02-20", 0.6, "umol/L/h", "umol/L/h", low=2.5, rr_text="Normal >= 2.5; affected < 1.0",
          note="Confirmed in lymphocytes.")
    v1 = variant_panel(c, "2019-03-05", "GAA", "HGNC:4065", "NM_000152.5:c.-32-13T>G", None, "het", "path")
    v2 = variant_panel(c, "2019-03-05", "GAA", "HGNC:4065", "NM_000152.5:c.525del", "p.(Glu176Argfs*45)", "het", "path")
    c.report(GENREP, "2019-03-05", "Compound heterozygous for two pathogenic GAA variants (c.-32-13T>G in trans with "
             "c.525del), confirming Pompe disease.", results=[v1, v2], cat=("dr-sect", "GE", "Genetics"))
    c.medstmt(med("Alglucosidase alfa 20 mg/kg IV every 2 weeks"), "2019-05-14", status="completed", end="2024-05-28",
              dose_text="20 mg/kg IV fortnightly", note="Switched to avalglucosidase alfa.")
    ert = c.medreq(med("Avalglucosidase alfa (Nexviadyme) 20 mg/kg IV every 2 weeks - home infusion"), "2024-06-04",
                   "20 mg/kg IV over 4-5 h every 2 weeks (weight 82 kg: 1640 mg)", requester=imd, reason_ref=pompe,
                   route="iv", start="2024-06-11")
    c.medadmin(med("Avalglucosidase alfa"), "2026-11-19", dose=(1640, "mg"), route="iv", request=ert, reason_ref=pompe,
               hm="09:30", end_hm="14:10", note="Home infusion by homecare nurse; no infusion reaction.")
    c.medstmt(med("Bilevel NIV overnight (ResMed)"), "2023-02-01", dose_text="nightly")
    walk = ("6MWD", "Six-minute walk distance")
    for d, m, fvc_u, fvc_s, ck in (("2026-01-20", 412, 72, 59, 510), ("2026-05-19", 405, 71, 58, 470),
                                   ("2026-09-22", 409, 71, 58, 480)):
        e = c.encounter(d, type_cc=cc(("sct", "185389009", "Follow-up visit"),
                                      text="Pompe multidisciplinary clinic"), prac=[imd, nm, physio], reason_ref=pompe)
        motor(c, walk[0], walk[1], d, m, unit="m", enc=e)
        motor(c, "FVC-PP-UP", "Forced vital capacity upright, % predicted", d, fvc_u, unit="%", enc=e)
        motor(c, "FVC-PP-SUP", "Forced vital capacity supine, % predicted", d, fvc_s, unit="%", enc=e)
        ukl(c, "ck_m", d, ck, enc=e)
    c.obs(cc(local(c, "HEX4", "Urinary glucose tetrasaccharide (Hex4)/creatinine"), text="Urine Hex4"), "2026-09-22", 8.1,
          "mmol/mol{creat}", high=3.0)
    c.note("2026-09-22", LETTER, "Pompe multidisciplinary clinic letter", """
Dear Dr Ndlovu,
Diagnosis: late-onset Pompe disease (GAA c.-32-13T>G / c.525del), on enzyme replacement since 2019,
avalglucosidase alfa since June 2024 (home infusions, fortnightly, well tolerated).
Progress: stable. 6-minute walk 409 m (412 m in January), FVC 71 % upright / 58 % supine, unchanged.
Uses nocturnal NIV. CK 480, urinary Hex4 8.1.
Plan: continue ERT and NIV; physiotherapy core-strength programme; annual cardiac and hearing review.
Next MDT clinic March 2027.
Dr Kwame Osei, Consultant in Inherited Metabolic Disease, with Dr Eleanor Hartley
""", author=imd)
    c.careteam("Pompe / neuromuscular MDT", [(imd, "Metabolic consultant"), (nm, "Neuromuscular neurologist"),
                                            (cns, "Clinical nurse specialist"), (physio, "Physiotherapist")],
               "2019-03-12", org=c.org)
    meta = dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
                why="Genetically confirmed late-onset Pompe disease (ORPHA:365) on enzyme replacement therapy; walk "
                    "distance and FVC stable, so no worsening.",
                summary="Metabolic/neuromuscular: late-onset Pompe disease on avalglucosidase alfa, stable.")
    return c, meta


# =============================================================================== D9
def d_pompe_carrier(cid):
    """RARE_OR_COMPLEX_CONDITION near miss: heterozygous carrier of a pathogenic GAA variant (cascade screening);
    unaffected, discharged."""
    c = Case(cid, "D")
    r = setup_d(c, "Pratt", ["Joanne"], "female", "1977-04-05", "496 712 3308",
                ("Lister", "Catherine", "Guiseley Family Practice", "Leeds", "5147732"),
                [OSEI, ("Greenwood", "Hannah", None, "Genetic Counsellor", None)], line="88 Oxford Road, Guiseley")
    imd, gc = r["staff"]
    gp = r["gp"]
    c.family("BRO", "brother", cc(("sct", "274864009", "Pompe disease"), text="Late-onset Pompe disease"), "2026-06-10",
             sex="male", onset_age=45, note="Brother diagnosed 2025; GAA c.-32-13T>G and c.1933G>A.")
    c.condition(cc(("sct", "195967001", "Asthma"), text="Asthma (mild, inhaler as needed)"), onset="1990-01-01")
    c.medstmt(med("Salbutamol 100 micrograms/dose inhaler"), "1990-01-01", dose_text="2 puffs as needed")
    c.note("2026-06-10", REFERRAL, "Referral for cascade genetic analysis", """
Dear colleagues,
Joanne's brother has recently been diagnosed with late-onset Pompe disease. She is well, with no muscle
symptoms, and asks whether she could be affected or a carrier. Please could you assess.
Dr C Lister
""", author=gp, custodian=r["gporg"])
    e1 = c.encounter("2026-07-08", type_cc=cc(("sct", "11429006", "Consultation"), text="Genetic counselling clinic"),
                     prac=gc)
    v = variant_panel(c, "2026-07-29", "GAA", "HGNC:4065", "NM_000152.5:c.-32-13T>G", None, "het", "path",
                      note="Targeted familial variants plus full GAA sequencing and del/dup: no second variant.")
    c.report(GENREP, "2026-07-29", "Heterozygous for the familial pathogenic GAA variant c.-32-13T>G. The brother's second "
             "variant (c.1933G>A) was not detected and full-gene analysis found no other variant. Result consistent "
             "with carrier status.", results=[v], cat=("dr-sect", "GE", "Genetics"))
    c.obs(cc(local(c, "GAA-DBS", "Acid alpha-glucosidase activity, dried blood spot"), text="GAA enzyme activity (DBS)"),
          "2026-07-08", 4.9, "umol/L/h", "umol/L/h", low=2.5, rr_text="Normal >= 2.5; affected < 1.0", enc=e1)
    ukl(c, "ck_f", "2026-07-08", 98, enc=e1)
    e2 = c.encounter("2026-08-25", type_cc=cc(("sct", "185389009", "Follow-up visit"), text="Metabolic clinic"),
                     prac=imd)
    c.obs_str(cc(local(c, "NEURO-EXAM", "Neurological examination"), text="Examination"), "2026-08-25",
              "Normal power throughout including neck and hip flexors; no scapular winging; normal gait.", flag="N",
              enc=e2)
    motor(c, "FVC-PP-UP", "Forced vital capacity upright, % predicted", "2026-08-25", 98, unit="%", enc=e2)
    motor(c, "FVC-PP-SUP", "Forced vital capacity supine, % predicted", "2026-08-25", 95, unit="%", enc=e2)
    c.condition(txt("Heterozygous carrier of Pompe disease (GAA c.-32-13T>G) - "
                   "unaffected"), onset="2026-07-29", recorded="2026-08-25", asserter=imd)
    c.note("2026-08-25", LETTER, "Metabolic clinic letter", """
Dear Dr Lister,
Joanne carries one of her brother's two GAA variants (c.-32-13T>G) and not the other; full-gene analysis
found no second variant. She is therefore a carrier of Pompe disease and is not affected: enzyme activity,
CK, examination and lung function (FVC 98 % upright, 95 % supine) are all normal.
Carriers do not develop Pompe disease and need no monitoring. Her adult children may wish to know their
carrier status for family planning; our genetic counsellor has given her a family letter.
Discharged from the clinic.
Dr Kwame Osei, Consultant in Inherited Metabolic Disease
""", author=imd, enc=e2)
    meta = dict(target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
                why="She is an unaffected heterozygous carrier of a pathogenic GAA variant; normal enzyme activity, CK, "
                    "strength and FVC. Carrier status of a recessive disease is not a rare disease; discharged.",
                summary="Metabolic clinic: sister of a Pompe patient is an unaffected carrier; discharged.")
    return c, meta


CASES = [d_fibromyalgia_ck, d_hypothyroid_resolved, d_diabetic_neuropathy, d_cts_injection, d_als_hospice,
         d_fnd_flag, d_mg_stable, d_pompe_ert, d_pompe_carrier]
