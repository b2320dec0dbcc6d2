"""Cases B: Greek university hospital (Πανεπιστημιακό Γενικό Νοσοκομείο «Αριάδνη»), ten cases."""
from fhirkit import case

PS, DM, MP, UP = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
                  "UNTREATABLE_PROGNOSIS")
HI, PR, WD, RC = ("HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT",
                  "RARE_OR_COMPLEX_CONDITION")


def atc(text, code, display):
    return (text, [("atc", code, display)])


HTN = ("Αρτηριακή υπέρταση", [("icd10", "I10", "Essential (primary) hypertension")])
T2DM = ("Σακχαρώδης διαβήτης τύπου 2", [("icd10", "E11.9", "Type 2 diabetes mellitus without complications")])
LIPID = ("Υπερχοληστερολαιμία", [("icd10", "E78.0", "Pure hypercholesterolaemia")])
RAMIPRIL = atc("Ραμιπρίλη 5 mg δισκία", "C09AA05", "ramipril")
METFORMIN = atc("Μετφορμίνη 1000 mg δισκία", "A10BA02", "metformin")
ATORVA = atc("Ατορβαστατίνη 20 mg δισκία", "C10AA05", "atorvastatin")


def gr_basics(k, start="2015-01-01"):
    k.coverage(start, sub_id=None)


def ky_enc(k, date, title="Επίσκεψη στο Κέντρο Υγείας", t="10:00", reason=None):
    return k.enc(date, title, pr=[k.pr("gp")], org=k.org("gp"), t=t, reason=reason,
                 type_codes=[("local:episkepseis", "KY-TAKT", "Τακτική επίσκεψη Κέντρου Υγείας")])


# ================================================================================================
@case("gr", PS, "positive", [PS],
      why="Iron-deficiency anaemia (Hb 10.4 g/dL, ferritin 8) and a positive faecal occult blood result in a "
          "68-year-old man in July 2026, with no colonoscopy or gastroenterology referral in the following four "
          "months: red-flag findings without follow-up beyond 60 days.",
      summary="68-year-old with iron-deficiency anaemia and positive FOBT at the health centre; treated with oral "
              "iron only, no colonoscopy by December")
def gr_ida_fobt(k):
    k.patient("Μαρκόπουλος", ["Ιωάννης"], "male", "1958-02-27", city="Ηράκλειο", line=["Οδός Μινώταυρου 14"],
              postcode="71305", phone="+30 697 412 3301", marital="M")
    gr_basics(k)
    gp, pathol = k.pr("gp"), k.pr("pathol")
    htn = k.cond(*HTN, "2014", recorded="2014-05-10")
    k.cond(*T2DM, "2019", recorded="2019-03-22")
    k.cond(*LIPID, "2019", recorded="2019-03-22")
    k.medstmt(RAMIPRIL, "active", "2014-05-10", asserted="2026-10-13", dosage="5 mg x1 (αυξήθηκε σε 10 mg στις "
                                                                                 "13/10/2026)")
    k.medstmt(METFORMIN, "active", "2019-03-22", asserted="2026-10-13", dosage="1000 mg x2")
    k.medstmt(ATORVA, "active", "2019-03-22", asserted="2026-10-13", dosage="20 mg x1 το βράδυ")
    e1 = ky_enc(k, "2026-07-14", reason=("Κόπωση, δύσπνοια στην προσπάθεια", []))
    k.symptom("Κόπωση", [("sct", "84229001", "Fatigue")], "2026-07-14", enc=e1,
              note="Από διμήνου, με δύσπνοια στην προσπάθεια (ανεβαίνει με δυσκολία έναν όροφο).")
    k.vitals("2026-07-14", e1, bp=(142, 86), hr=88, wt=81.0)
    k.labs("2026-07-14", enc=e1, hb=10.4, mcv=74, ferritin=8, fe=31, plt=412, wbc=7.1, creat=1.0)
    fe = k.medreq(atc("Θειικός σίδηρος 325 mg δισκία", "B03AA07", "ferrous sulfate"), "2026-07-14",
                  k.dosage("1 δισκίο x1 ημερησίως, μακριά από τα γεύματα", route="oral"), gp, enc=e1)
    fobt = k.lab("fobt", "2026-07-20", ("Θετικό", [("sct", "10828004", "Positive")]), interp="POS")
    e2 = ky_enc(k, "2026-08-25", reason=("Επανεκτίμηση αναιμίας", []))
    k.symptom("Κόπωση", [("sct", "84229001", "Fatigue")], "2026-08-25", enc=e2,
              note="Ελαφρώς καλύτερα με τον σίδηρο.")
    k.lab("hb", "2026-08-25", 10.9, enc=e2)
    ref = k.sreq("Παραπομπή στο εξωτερικό ιατρείο Παθολογίας για ρύθμιση αρτηριακής πίεσης",
                 [("local:parapompes", "PAR-PATH", "Παραπομπή Παθολογία")], "completed", "order", "2026-08-25", gp,
                 performer=pathol, reason_ref=[htn], enc=e2)
    e3 = k.enc("2026-10-13", "Τακτικό εξωτερικό ιατρείο Παθολογίας", pr=[pathol], t="11:30", based_on=[ref])
    k.symptom("Κόπωση", [("sct", "84229001", "Fatigue")], "2026-10-13", enc=e3)
    k.vitals("2026-10-13", e3, bp=(146, 88), hr=84, wt=80.2)
    k.labs("2026-10-13", enc=e3, hb=11.1, mcv=76, hba1c=6.8, creat=1.0, k=4.6, ldl=92)
    k.note("2026-07-14", "Σημείωμα Κέντρου Υγείας", """
Άνδρας 68 ετών, συνταξιούχος οικοδόμος. Αναφέρει κόπωση και δύσπνοια στην προσπάθεια από διμήνου. Δεν αναφέρει
μέλαινες κενώσεις ή αιματοχεσία, ούτε απώλεια βάρους. Δεν λαμβάνει αντιαιμοπεταλιακά.
Α/Ε: ωχρότητα δέρματος και επιπεφυκότων. ΑΠ 142/86, σφύξεις 88.
Γενική αίματος: Hb 10,4 g/dL, MCV 74 fL, φερριτίνη 8 ng/mL, σίδηρος 31 μg/dL. Σιδηροπενική αναιμία.
Αγωγή: θειικός σίδηρος 325 mg x1. Δίνεται δοχείο για εξέταση κοπράνων για αιμοσφαιρίνη.
Επανεκτίμηση σε 6 εβδομάδες.
Δρ. Ν. Παπαδόπουλος, Γενικός ιατρός
""", gp, enc=e1, custodian=k.org("gp"))
    k.note("2026-08-25", "Σημείωμα Κέντρου Υγείας", """
Επανεκτίμηση. Αιμοσφαιρίνη κοπράνων (20/07): θετική. Hb 10,9 g/dL.
Καλή συμμόρφωση στον σίδηρο, η κόπωση ελαφρώς βελτιωμένη.
Συνεχίζει σίδηρο. Παραπέμπεται στο Νοσοκομείο για τη ρύθμιση της ΑΠ.
Δρ. Ν. Παπαδόπουλος
""", gp, enc=e2, custodian=k.org("gp"), related=[fobt, fe])
    k.note("2026-10-13", "Εξωτερικό ιατρείο Παθολογίας – σημείωμα", """
Παραπομπή από ΚΥ Ελαιώνα για ρύθμιση ΑΥ.
Ιστορικό: ΑΥ, ΣΔ2, υπερχοληστερολαιμία. Λαμβάνει σίδηρο από το ΚΥ για αναιμία.
ΑΠ 146/88 σε δύο μετρήσεις. HbA1c 6,8%. Hb 11,1 g/dL, MCV 76 fL. Αναφέρει ακόμη κούραση.
Αγωγή: ραμιπρίλη 10 mg x1. Συνέχιση λοιπής αγωγής. Κατ' οίκον καταγραφή ΑΠ.
Επανεξέταση σε 3 μήνες.
Δρ. Ε. Κωνσταντίνου, Παθολόγος
""", pathol, enc=e3)


# ================================================================================================
@case("gr", PS, "near-miss", [],
      why="A raised PSA (6.8 ng/mL) was followed within 60 days by urology review and multiparametric MRI "
          "(PI-RADS 2) with a monitoring plan; urinary symptoms are explained by benign prostatic hyperplasia.",
      summary="61-year-old with raised PSA promptly referred; urology review and prostate MRI within a month "
              "(PI-RADS 2), BPH on tamsulosin, PSA monitoring")
def gr_psa_followed(k):
    k.patient("Δημητρίου", ["Κωνσταντίνος"], "male", "1965-04-08", city="Χερσόνησος", line=["Οδός Ελευθερίας 3"],
              postcode="70014", phone="+30 694 118 2290", marital="M")
    gr_basics(k)
    gp, uro = k.pr("gp"), k.pr("uro")
    k.cond(*HTN, "2018", recorded="2018-09-04")
    bph = k.cond("Καλοήθης υπερπλασία προστάτη", [("icd10", "N40", "Hyperplasia of prostate")], "2026-07-16",
                 recorded="2026-07-16", asserter=uro)
    k.medstmt(atc("Αμλοδιπίνη 5 mg δισκία", "C08CA01", "amlodipine"), "active", "2018-09-04",
              asserted="2026-10-15", dosage="5 mg x1")
    e1 = ky_enc(k, "2026-06-10", title="Προληπτικός έλεγχος – Κέντρο Υγείας")
    psa1 = k.lab("psa", "2026-06-10", 6.8, enc=e1)
    k.symptom("Νυκτουρία", [("sct", "139394000", "Nocturia")], "2026-06-10", enc=e1, note="Δύο φορές κάθε νύχτα.")
    e2 = ky_enc(k, "2026-06-18", reason=("Αυξημένο PSA", []))
    ref = k.sreq("Παραπομπή στο εξωτερικό ιατρείο Ουρολογίας – αυξημένο PSA",
                 [("local:parapompes", "PAR-URO", "Παραπομπή Ουρολογία")], "completed", "order", "2026-06-18", gp,
                 performer=uro, reason_ref=[psa1], enc=e2, priority="urgent")
    e3 = k.enc("2026-07-02", "Εξωτερικό ιατρείο Ουρολογίας", pr=[uro], t="12:00", based_on=[ref])
    k.obs(k.cc("IPSS (Διεθνής βαθμολογία συμπτωμάτων προστάτη)", ("local:klimakes", "IPSS", "International "
                                                                                        "Prostate Symptom Score")),
          "2026-07-02", value=12, vtype="int", cat="survey", enc=e3)
    k.obs(k.cc("Δακτυλική εξέταση προστάτη", ("local:eurimata", "DRE", "Digital rectal examination")),
          "2026-07-02", value="Διογκωμένος, ομαλός, ελαστικός, χωρίς όζους", cat="exam", enc=e3, performer=uro)
    mri = k.report("Πολυπαραμετρική μαγνητική τομογραφία προστάτη", [("local:apeikonisi", "MRI-PROST",
                                                                       "mpMRI προστάτη")], "2026-07-09",
                   cat="RAD", performer=k.org(),
                   conclusion="Όγκος προστάτη 58 mL. Διάχυτη υπερπλασία μεταβατικής ζώνης. Χωρίς ύποπτη εστία στην "
                              "περιφερική ζώνη. PI-RADS v2.1: 2. PSA density 0,12 ng/mL/mL.")
    e4 = k.enc("2026-07-16", "Εξωτερικό ιατρείο Ουρολογίας", pr=[uro], t="12:30")
    k.medreq(atc("Ταμσουλοσίνη 0,4 mg καψάκια", "G04CA02", "tamsulosin"), "2026-07-16",
             k.dosage("0,4 mg x1 το βράδυ", route="oral"), uro, reason_ref=[bph], enc=e4)
    k.lab("psa", "2026-10-08", 5.9)
    k.obs(k.cc("Λόγος ελεύθερου/ολικού PSA", ("loinc", "12841-3", "Prostate Specific Ag Free/Prostate specific "
                                                                    "Ag.total in Serum or Plasma")),
          "2026-10-08", value=24, unit="%", ucum="%", rng=(18, None), interp="N", t="08:30")
    e5 = k.enc("2026-10-15", "Εξωτερικό ιατρείο Ουρολογίας", pr=[uro], t="11:00")
    k.vitals("2026-10-15", e5, bp=(134, 82))
    k.note("2026-07-16", "Ουρολογική εκτίμηση", """
Άνδρας 61 ετών, παραπομπή από ΚΥ Ελαιώνα λόγω PSA 6,8 ng/mL (10/06/2026).
Συμπτώματα: νυκτουρία x2, αδύναμη ροή. IPSS 12. Δακτυλική: διογκωμένος ομαλός προστάτης χωρίς όζους.
mpMRI (09/07/2026): όγκος 58 mL, PI-RADS 2, PSA density 0,12.
Εκτίμηση: ΚΥΠ. Δεν υπάρχει ένδειξη βιοψίας. Έναρξη ταμσουλοσίνης 0,4 mg.
Σχέδιο: επανάληψη PSA σε 3 μήνες και κατόπιν ανά 6μηνο.
Δρ. Κ. Βλάχος, Ουρολόγος
""", uro, enc=e4, related=[mri])
    k.note("2026-10-15", "Ουρολογική επανεκτίμηση", """
PSA 5,9 ng/mL (08/10), λόγος ελεύθερου/ολικού 24%. Βελτίωση των συμπτωμάτων με την ταμσουλοσίνη (νυκτουρία x1).
Σταθερή εικόνα. Επόμενος έλεγχος PSA τον Απρίλιο 2027.
Δρ. Κ. Βλάχος
""", uro, enc=e5)


# ================================================================================================
@case("gr", DM, "near-miss", [],
      why="The catch-all 'fatigue' label (R53) was replaced within three months by a specific explanation, "
          "Hashimoto hypothyroidism; on levothyroxine TSH normalised and the fatigue resolved, so the label was "
          "closed.",
      summary="44-year-old labelled with fatigue at the health centre; found to have Hashimoto hypothyroidism; "
              "symptoms resolved on levothyroxine")
def gr_fatigue_hypothyroid(k):
    k.patient("Νικολάου", ["Αικατερίνη"], "female", "1982-09-15", city="Ηράκλειο", line=["Οδός Καλοκαιρινού 88"],
              postcode="71202", phone="+30 698 220 4417", marital="M")
    gr_basics(k)
    gp, endo = k.pr("gp"), k.pr("endo")
    k.cond("Κόπωση", [("icd10", "R53", "Malaise and fatigue")], "2025-11", status="resolved",
           abated="2026-09-15", recorded="2026-02-10", asserter=gp,
           note="Έκλεισε: αποδόθηκε σε υποθυρεοειδισμό, πλήρης υποχώρηση με τη θεραπεία.")
    hash_ = k.cond("Αυτοάνοση θυρεοειδίτιδα Hashimoto με υποθυρεοειδισμό",
                   [("icd10", "E06.3", "Autoimmune thyroiditis")], "2026-05-20", recorded="2026-05-20",
                   asserter=endo)
    e1 = ky_enc(k, "2026-02-10", reason=("Κόπωση", []))
    k.labs("2026-02-10", enc=e1, hb=12.8, glucose=92, ferritin=41)
    e2 = ky_enc(k, "2026-03-24", reason=("Κόπωση, αύξηση βάρους", []))
    k.vitals("2026-03-24", e2, bp=(124, 78), wt=71.0)
    e3 = ky_enc(k, "2026-05-05")
    k.labs("2026-05-05", enc=e3, tsh=18.2, ft4=0.6)
    ref = k.sreq("Παραπομπή στο Ενδοκρινολογικό ιατρείο – υποθυρεοειδισμός",
                 [("local:parapompes", "PAR-ENDO", "Παραπομπή Ενδοκρινολογία")], "completed", "order",
                 "2026-05-05", gp, performer=endo, enc=e3)
    e4 = k.enc("2026-05-20", "Ενδοκρινολογικό εξωτερικό ιατρείο", pr=[endo], t="09:30", based_on=[ref])
    k.lab("antitpo", "2026-05-20", 412, enc=e4)
    k.report("Υπερηχογράφημα θυρεοειδούς", [("local:apeikonisi", "US-THY", "Υπερηχογράφημα θυρεοειδούς")],
             "2026-05-20", cat="RUS", performer=endo, enc=e4,
             conclusion="Διάχυτα ανομοιογενής, υποηχογενής θυρεοειδής χωρίς όζους. Εικόνα συμβατή με θυρεοειδίτιδα "
                        "Hashimoto.")
    k.medreq(atc("Λεβοθυροξίνη 100 μg δισκία", "H03AA01", "levothyroxine sodium"), "2026-07-07",
             k.dosage("100 μg x1 νηστική (αύξηση από 75 μg στις 07/07/2026)", route="oral"), endo,
             reason_ref=[hash_])
    k.lab("tsh", "2026-07-07", 6.1)
    e5 = k.enc("2026-10-06", "Ενδοκρινολογικό εξωτερικό ιατρείο", pr=[endo], t="10:00")
    k.labs("2026-10-06", enc=e5, tsh=2.3, ft4=1.2)
    k.vitals("2026-10-06", e5, bp=(118, 74), wt=67.5)
    k.note("2026-03-24", "Σημείωμα Κέντρου Υγείας", """
Επανεκτίμηση για κόπωση από τον Νοέμβριο. Αναφέρει και αύξηση βάρους 4 kg, δυσκοιλιότητα, κρυώνει εύκολα.
Γενική αίματος και σάκχαρο (10/02) φυσιολογικά. Πιθανώς στρες (δύο παιδιά, εργασία σε βάρδιες).
Ζητείται έλεγχος θυρεοειδικής λειτουργίας. Επανεκτίμηση με τα αποτελέσματα.
Δρ. Ν. Παπαδόπουλος
""", gp, enc=e2, custodian=k.org("gp"))
    k.note("2026-10-06", "Ενδοκρινολογική επανεκτίμηση", """
Θυρεοειδίτιδα Hashimoto με υποθυρεοειδισμό (TSH 18,2 τον Μάιο, anti-TPO 412).
Με λεβοθυροξίνη 100 μg: TSH 2,3, FT4 1,2 – ευθυρεοειδική.
Πλήρης υποχώρηση της κόπωσης από τον Σεπτέμβριο, απώλεια 3,5 kg, φυσιολογική λειτουργία εντέρου.
Συνέχιση 100 μg. Έλεγχος TSH σε 6 μήνες.
Δρ. Σ. Καραγιάννη, Ενδοκρινολόγος
""", endo, enc=e5)


# ================================================================================================
@case("gr", MP, "positive", [MP],
      why="Heart Team decision for three-vessel coronary artery bypass grafting; an active CABG order is booked for "
          "12 January 2027 and has not been performed.",
      summary="66-year-old with left main and three-vessel coronary disease referred from a health centre; CABG "
              "ordered for January 2027")
def gr_cabg(k):
    k.patient("Παπαναστασίου", ["Γεώργιος"], "male", "1960-11-02", city="Αρχάνες", line=["Οδός Καπετανάκη 5"],
              postcode="70100", phone="+30 697 300 5120", marital="M")
    gr_basics(k)
    gp, cardio, cts = k.pr("gp"), k.pr("cardio"), k.pr("cts")
    cad = k.cond("Στεφανιαία νόσος τριών αγγείων με νόσο στελέχους", [("icd10", "I25.1", "Atherosclerotic heart "
                                                                                         "disease")],
                 "2026-10-15", recorded="2026-10-15", asserter=cardio,
                 note="Σταθερή στηθάγχη CCS II-III από τον Ιούνιο 2026.")
    k.cond(*HTN, "2010", recorded="2010-03-01")
    k.cond(*LIPID, "2012", recorded="2012-06-11")
    k.cond(*T2DM, "2017", recorded="2017-02-20")
    for med, dose in ((atc("Ακετυλοσαλικυλικό οξύ 100 mg", "B01AC06", "acetylsalicylic acid"), "100 mg x1"),
                      (atc("Βισοπρολόλη 5 mg", "C07AB07", "bisoprolol"), "5 mg x1"),
                      (atc("Ατορβαστατίνη 80 mg", "C10AA05", "atorvastatin"), "80 mg x1"),
                      (RAMIPRIL, "5 mg x1"), (METFORMIN, "1000 mg x2"),
                      (atc("Νιτρογλυκερίνη 0,4 mg υπογλώσσια", "C01DA02", "glyceryl trinitrate"),
                       "0,4 mg υπογλώσσια επί πόνου")):
        k.medstmt(med, "active", "2026-09-08" if "Βισο" in med[0] or "Νιτρο" in med[0] else "2017-02-20",
                  asserted="2026-10-22", dosage=dose)
    e0 = ky_enc(k, "2026-08-19", reason=("Θωρακικό άλγος στην προσπάθεια", []))
    ref = k.sreq("Παραπομπή στο Καρδιολογικό ιατρείο – στηθάγχη προσπάθειας",
                 [("local:parapompes", "PAR-KARD", "Παραπομπή Καρδιολογία")], "completed", "order", "2026-08-19", gp,
                 performer=cardio, enc=e0, priority="urgent")
    e1 = k.enc("2026-09-08", "Εξωτερικό ιατρείο Καρδιολογίας", pr=[cardio], t="10:30", based_on=[ref])
    k.vitals("2026-09-08", e1, bp=(138, 82), hr=76, wt=88.0, ht=174)
    k.report("Υπερηχοκαρδιογράφημα", [("local:apeikonisi", "ECHO-TTE", "Διαθωρακικό υπερηχοκαρδιογράφημα")],
             "2026-09-08", cat="CUS", performer=cardio, enc=e1,
             conclusion="ΚΕ 50%, υποκινησία κατωτέρου τοιχώματος. Χωρίς σημαντική βαλβιδοπάθεια.")
    k.report("Δοκιμασία κόπωσης σε κυλιόμενο τάπητα", [("local:eksetaseis", "ETT", "Δοκιμασία κόπωσης")],
             "2026-09-15", cat="EC", performer=cardio,
             conclusion="Θετική για ισχαιμία στα 6 METs: οριζόντια κατάσπαση ST 2 mm V4-V6 με στηθαγχικό άλγος.")
    adm1 = k.enc("2026-10-15", "Ημερήσια νοσηλεία – στεφανιογραφία", cls="SS", pr=[cardio], t="08:00", dur=480)
    angio = k.proc("Στεφανιογραφία (διακερκιδική)", [("local:epembaseis", "KARD-STEF-01", "Στεφανιογραφία"),
                                                     ("sct", "33367005", "Angiography of coronary artery")],
                   "completed", performed="2026-10-15", performer=cardio, enc=adm1, reason_ref=[cad], t="10:15",
                   note="Στέλεχος 60%, εγγύς LAD 80%, LCx 75%, δεξιά στεφανιαία 90%. SYNTAX score 34.")
    k.labs("2026-10-15", enc=adm1, hb=14.2, creat=1.1, egfr=71, hba1c=6.9, k=4.4, ldl=88)
    e2 = k.enc("2026-10-22", "Καρδιολογική ομάδα (Heart Team)", pr=[cardio, cts], t="14:00", dur=60)
    k.impression("2026-10-22", cts, "Νόσος στελέχους και τριών αγγείων με SYNTAX 34 σε διαβητικό ασθενή: "
                                    "συστήνεται χειρουργική επαναγγείωση (CABG x3) έναντι PCI.",
                 problems=[cad], enc=e2)
    cabg = k.sreq("Αορτοστεφανιαία παράκαμψη x3 (LIMA-LAD, φλεβικά μοσχεύματα σε OM και RCA)",
                  [("local:epembaseis", "KX-CABG-03", "Αορτοστεφανιαία παράκαμψη τριών αγγείων"),
                   ("sct", "232717009", "Coronary artery bypass grafting")],
                  "active", "order", "2026-10-22", cts, performer=cts, reason_ref=[cad],
                  occurrence=k.dt("2027-01-12", "07:30"), priority="routine", enc=e2,
                  note="Εισαγωγή 11/01/2027. Διακοπή μετφορμίνης 48 ώρες πριν. Συνέχιση ασπιρίνης.")
    k.enc("2027-01-11", "Προγραμματισμένη εισαγωγή – Καρδιοχειρουργική κλινική", cls="IMP", status="planned",
          t="12:00", priority="EL", based_on=[cabg], pr=[cts])
    k.report("Triplex καρωτίδων", [("local:apeikonisi", "US-CAROT", "Triplex καρωτίδων")], "2026-11-05",
             cat="RUS", performer=k.org(), conclusion="Ήπια αθηρωμάτωση χωρίς αιμοδυναμικά σημαντική στένωση.")
    k.note("2026-10-22", "Απόφαση Καρδιολογικής Ομάδας", """
Ασθενής 66 ετών, παραπομπή από ΚΥ Ελαιώνα για στηθάγχη προσπάθειας CCS II-III.
Ιστορικό: ΑΥ, ΣΔ2, υπερχοληστερολαιμία, πρώην καπνιστής.
Δοκιμασία κόπωσης θετική στα 6 METs. ΚΕ 50%.
Στεφανιογραφία 15/10/2026: στέλεχος 60%, LAD 80%, LCx 75%, RCA 90%. SYNTAX 34.
Απόφαση: αορτοστεφανιαία παράκαμψη τριών αγγείων. Ο ασθενής και η σύζυγός του ενημερώθηκαν και συμφωνούν.
Προγραμματίζεται για 12/01/2027.
Δρ. Δ. Μαυρίδης, Καρδιοχειρουργός – Δρ. Γ. Αλεξίου, Καρδιολόγος
""", cts, enc=e2, related=[angio])


# ================================================================================================
@case("gr", UP, "positive", [UP],
      why="The tumour board note states there are no therapeutic options for metastatic sigmoid cancer (ECOG 3, "
          "heart failure) and recommends best supportive care only; no second opinion is on record. The signal is "
          "only in the Greek note.",
      summary="81-year-old with sigmoid adenocarcinoma and liver metastases; tumour board: not a candidate for any "
              "oncological treatment, supportive care only")
def gr_crc_noted(k):
    k.patient("Σωτηρίου", ["Ελένη"], "female", "1945-06-21", city="Μοίρες", line=["Οδός Βενιζέλου 21"],
              postcode="70400", phone="+30 28920 22154", marital="W")
    gr_basics(k)
    onc, gastro, pathol = k.pr("onc"), k.pr("gastro"), k.pr("pathol")
    k.related("Σωτηρίου-Λαγού", ["Μαρία"], "DAU", "κόρη", phone="+30 694 551 0877", gender="female")
    crc = k.cond("Αδενοκαρκίνωμα σιγμοειδούς με ηπατικές μεταστάσεις", [("icd10", "C18.7", "Malignant neoplasm: "
                                                                                            "Sigmoid colon")],
                 "2026-09-22", recorded="2026-09-22", asserter=gastro, stage=("cT3N1M1a (ήπαρ), στάδιο IVA", []))
    k.cond("Ηπατικές μεταστάσεις", [("icd10", "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")], "2026-09-29",
           recorded="2026-09-29")
    hf = k.cond("Καρδιακή ανεπάρκεια με μειωμένο κλάσμα εξώθησης (ΚΕ 30%)",
                [("icd10", "I50.0", "Congestive heart failure")], "2021", recorded="2021-04-10")
    k.cond("Μόνιμη κολπική μαρμαρυγή", [("icd10", "I48.2", "Chronic atrial fibrillation")], "2021",
           recorded="2021-04-10")
    for med, dose in ((atc("Φουροσεμίδη 40 mg", "C03CA01", "furosemide"), "40 mg x1"),
                      (atc("Βισοπρολόλη 2,5 mg", "C07AB07", "bisoprolol"), "2,5 mg x1"),
                      (atc("Απιξαμπάνη 2,5 mg", "B01AF02", "apixaban"), "2,5 mg x2")):
        k.medstmt(med, "active", "2021-04-10", asserted="2026-11-17", dosage=dose)
    k.medreq(atc("Παρακεταμόλη/τραμαδόλη 325/37,5 mg", "N02AJ13", "tramadol and paracetamol"), "2026-11-17",
             k.dosage("1 δισκίο έως x3 ημερησίως επί πόνου", route="oral", prn=True), onc)
    adm = k.enc("2026-09-18", "Νοσηλεία – Παθολογική κλινική", cls="IMP", t="10:00", end="2026-09-30",
                priority="UR", admit="outp", discharge="home", pr=[pathol],
                reason=("Αναιμία, απώλεια βάρους 8 kg", []))
    k.labs("2026-09-18", enc=adm, hb=9.1, mcv=77, ferritin=11, alb=3.1, creat=1.2, bili=0.9)
    k.lab("cea", "2026-09-19", 186, enc=adm)
    k.proc("Κολονοσκόπηση με λήψη βιοψιών", [("local:epembaseis", "GE-COLO-02", "Κολονοσκόπηση με βιοψία"),
                                              ("sct", "73761001", "Colonoscopy")], "completed",
           performed="2026-09-22", performer=gastro, enc=adm, t="11:00",
           note="Ελκωτική μάζα σιγμοειδούς στα 28 cm, βιοψίες: αδενοκαρκίνωμα μέτριας διαφοροποίησης.")
    k.report("Αξονική τομογραφία θώρακος-κοιλίας-πυέλου με σκιαγραφικό", [("local:apeikonisi", "CT-TAP",
                                                                          "CT θώρακος-κοιλίας-πυέλου")],
             "2026-09-29", cat="CT", performer=k.org(), enc=adm,
             conclusion="Πολλαπλές αμφίλοβες ηπατικές μεταστάσεις (μεγαλύτερη 6 cm). Διογκωμένοι περικολικοί "
                        "λεμφαδένες. Δύο υποκεντρικά οζίδια πνευμόνων <5 mm. Πλευριτική συλλογή δεξιά μικρή.")
    mdt = k.enc("2026-10-08", "Ογκολογικό συμβούλιο", pr=[onc, gastro], t="13:00", dur=30)
    k.score("ecog", "2026-10-08", 3, enc=mdt)
    e2 = k.enc("2026-11-17", "Εξωτερικό ιατρείο Παθολογίας-Ογκολογίας", pr=[onc], t="10:30")
    k.vitals("2026-11-17", e2, bp=(104, 62), hr=88, wt=52.4)
    k.lab("hb", "2026-11-17", 9.8, enc=e2)
    k.note("2026-10-08", "Πρακτικό ογκολογικού συμβουλίου", """
Ασθενής 81 ετών με αδενοκαρκίνωμα σιγμοειδούς (βιοψία 22/09/2026) και πολλαπλές αμφίλοβες ηπατικές μεταστάσεις
(CT 29/09/2026). CEA 186 ng/mL.
Συννοσηρότητα: καρδιακή ανεπάρκεια με ΚΕ 30%, μόνιμη κολπική μαρμαρυγή υπό απιξαμπάνη. ECOG 3, λευκωματίνη 3,1.

Απόφαση: Η ασθενής δεν είναι υποψήφια για χημειοθεραπεία, βιολογικούς παράγοντες ή χειρουργική/τοπική αντιμετώπιση
των μεταστάσεων λόγω της γενικής της κατάστασης και της καρδιακής ανεπάρκειας. Δεν υπάρχουν θεραπευτικές επιλογές.
Συστήνεται υποστηρικτική αγωγή και συμπτωματική αντιμετώπιση.
Η ασθενής και η κόρη της ενημερώθηκαν.

Δρ. Μ. Σταθοπούλου, Παθολόγος-Ογκολόγος – Δρ. Α. Ιωαννίδης, Γαστρεντερολόγος
""", onc, enc=mdt, related=[crc, hf])
    k.note("2026-11-17", "Εξωτερικό ιατρείο – σημείωμα", """
Επανεκτίμηση με την κόρη της. Ανορεξία, κόπωση, ήπιο άλγος δεξιού υποχονδρίου (VAS 4/10).
Απώλεια επιπλέον 2 kg. Hb 9,8 g/dL.
Αγωγή: παρακεταμόλη/τραμαδόλη επί πόνου. Διατροφικά συμπληρώματα.
Επανεκτίμηση σε 4 εβδομάδες ή νωρίτερα αν χρειαστεί.
Δρ. Μ. Σταθοπούλου
""", onc, enc=e2)


# ================================================================================================
@case("gr", HI, "positive", [HI],
      why="Neoadjuvant chemotherapy (docetaxel, carboplatin, trastuzumab, pertuzumab) for HER2-positive breast "
          "cancer started on 10 November 2026 with five further cycles planned: a treatment that severely affects "
          "quality of life.",
      summary="47-year-old with HER2-positive breast cancer; neoadjuvant TCHP cycle 1 given, cycles 2-6 scheduled")
def gr_breast_chemo(k):
    k.patient("Αθανασίου", ["Δήμητρα"], "female", "1979-03-30", city="Ηράκλειο", line=["Οδός Ιδομενέως 9"],
              postcode="71202", phone="+30 697 845 2209", marital="M")
    gr_basics(k)
    gp, onc, surg = k.pr("gp"), k.pr("onc"), k.pr("surg")
    bc = k.cond("Διηθητικό πορογενές καρκίνωμα αριστερού μαστού, HER2 θετικό",
                [("icd10", "C50.4", "Malignant neoplasm: Upper-outer quadrant of breast")], "2026-10-02",
                recorded="2026-10-02", asserter=surg, stage=("cT2N1M0, στάδιο IIB", []),
                body=("Αριστερός μαστός, άνω έξω τεταρτημόριο", []))
    e0 = ky_enc(k, "2026-09-21", reason=("Ψηλαφητό ογκίδιο αριστερού μαστού", []))
    ref = k.sreq("Παραπομπή στο ιατρείο Μαστού – ψηλαφητό ογκίδιο",
                 [("local:parapompes", "PAR-MAST", "Παραπομπή Χειρουργική μαστού")], "completed", "order",
                 "2026-09-21", gp, performer=surg, enc=e0, priority="urgent")
    e1 = k.enc("2026-09-28", "Ιατρείο Μαστού", pr=[surg], t="09:00", based_on=[ref])
    k.report("Μαστογραφία και υπερηχογράφημα μαστών", [("local:apeikonisi", "MAMMO-US", "Μαστογραφία/US")],
             "2026-09-28", cat="RAD", performer=k.org(), enc=e1,
             conclusion="Αριστερός μαστός, άνω έξω τεταρτημόριο: ανώμαλη μάζα 3,2 cm με μικροασβεστώσεις. Ύποπτος "
                        "μασχαλιαίος λεμφαδένας 1,8 cm. BI-RADS 5.")
    k.report("Ιστολογική εξέταση – διαδερμική βιοψία μαστού", [("local:pathologoanatomiko", "BX-MAST",
                                                                "Βιοψία μαστού")],
             "2026-10-02", cat="SP", performer=k.org(),
             conclusion="Διηθητικό πορογενές καρκίνωμα, βαθμού 3. ER 10%, PR 0%, HER2 3+, Ki-67 40%. Λεμφαδένας "
                        "μασχάλης (FNA): θετικός για καρκίνωμα.")
    k.report("Αξονική θώρακος-κοιλίας και σπινθηρογράφημα οστών", [("local:apeikonisi", "STAGING",
                                                                    "Σταδιοποίηση")], "2026-10-12",
             cat="CT", performer=k.org(), conclusion="Χωρίς ενδείξεις απομακρυσμένης νόσου.")
    k.report("Υπερηχοκαρδιογράφημα (προ θεραπείας)", [("local:apeikonisi", "ECHO-TTE", "Υπερηχοκαρδιογράφημα")],
             "2026-10-26", cat="CUS", performer=k.pr("cardio"), conclusion="ΚΕ 62%. Φυσιολογική συστολική λειτουργία.")
    mdt = k.enc("2026-10-20", "Ογκολογικό συμβούλιο μαστού", pr=[onc, surg], t="13:00")
    k.proc("Τοποθέτηση υποδόριου καθετήρα (port-a-cath)", [("local:epembaseis", "PORT-01", "Τοποθέτηση port")],
           "completed", performed="2026-11-05", performer=surg, reason_ref=[bc])
    plan = k.careplan("Νεοεπικουρική χημειοθεραπεία TCHP x6", "active", "plan", "2026-11-10", onc,
                      end="2027-02-23", addresses=[bc],
                      category=[("Χημειοθεραπεία", [("sct", "367336001", "Chemotherapy")])],
                      description="Δοσεταξέλη 75 mg/m², καρβοπλατίνη AUC 6, τραστουζουμάμπη και περτουζουμάμπη ανά "
                                  "21 ημέρες για 6 κύκλους, με πρωτογενή προφύλαξη G-CSF.",
                      activities=[{"text": "Κύκλος 1", "status": "completed", "start": "2026-11-10"},
                                  {"text": "Κύκλος 2", "status": "scheduled", "start": "2026-12-01"},
                                  {"text": "Κύκλοι 3-6", "status": "not-started", "start": "2026-12-22",
                                   "end": "2027-02-23"},
                                  {"text": "Επανεκτίμηση μαστού με MRI μετά τον 4ο κύκλο", "status": "not-started",
                                   "start": "2027-01-26"}])
    e2 = k.enc("2026-11-10", "Ημερήσια νοσηλεία Ογκολογίας – κύκλος 1", cls="SS", pr=[onc], t="08:30", dur=420,
               reason_ref=[bc])
    k.vitals("2026-11-10", e2, bp=(122, 76), hr=78, wt=68.0, ht=165)
    k.labs("2026-11-10", enc=e2, hb=12.9, wbc=6.8, plt=284, creat=0.7, alt=22)
    drugs = [("Δοσεταξέλη", "L01CD02", "docetaxel", "75 mg/m² (131 mg) IV σε 60 λεπτά", (131, "mg", "mg")),
             ("Καρβοπλατίνη", "L01XA02", "carboplatin", "AUC 6 (720 mg) IV σε 30 λεπτά", (720, "mg", "mg")),
             ("Τραστουζουμάμπη", "L01FD01", "trastuzumab", "8 mg/kg δόση φόρτισης (544 mg) IV, μετά 6 mg/kg",
              (544, "mg", "mg")),
             ("Περτουζουμάμπη", "L01FD02", "pertuzumab", "840 mg δόση φόρτισης IV, μετά 420 mg",
              (840, "mg", "mg"))]
    for i, (name, code, disp, dtext, dose) in enumerate(drugs):
        rq = k.medreq(atc(name, code, disp), "2026-11-03", k.dosage(dtext + ", ανά 21 ημέρες x6 κύκλους",
                                                                    route="iv"),
                      onc, intent="order", reason_ref=[bc], based_on=[plan], start="2026-11-10", end="2027-02-23")
        k.medadmin(atc(name, code, disp), "2026-11-10", t=f"{9 + i}:{'15' if i % 2 else '40'}", dose=dose,
                   route="iv", request=rq, enc=e2, performer=onc)
    k.medreq(atc("Πεγκφιλγραστίμη 6 mg", "L03AA13", "pegfilgrastim"), "2026-11-03",
             k.dosage("6 mg υποδορίως την 2η ημέρα κάθε κύκλου", route="sc"), onc, based_on=[plan])
    e3 = k.enc("2026-11-24", "Εξωτερικό ιατρείο Ογκολογίας", pr=[onc], t="11:00")
    k.lab("wbc", "2026-11-24", 4.1, enc=e3)
    k.note("2026-11-24", "Ογκολογική επανεκτίμηση μετά τον 1ο κύκλο", """
Γυναίκα 47 ετών με HER2+ καρκίνο αριστερού μαστού cT2N1M0. 1ος κύκλος TCHP στις 10/11/2026.
Ανεπιθύμητες ενέργειες: έντονη κόπωση 5 ημερών, διάρροιες βαθμού 2 (αντιμετωπίστηκαν με λοπεραμίδη), ναυτία,
δυσγευσία, έναρξη αλωπεκίας. Δεν εμφάνισε εμπύρετη ουδετεροπενία. Έχει διακόψει την εργασία της.
Ο 2ος κύκλος προγραμματίζεται για 01/12/2026. Η χειρουργική αντιμετώπιση θα αποφασιστεί μετά το τέλος της
νεοεπικουρικής θεραπείας.
Δρ. Μ. Σταθοπούλου
""", onc, enc=e3)


# ================================================================================================
@case("gr", HI, "near-miss", [],
      why="After wide local excision of low-grade DCIS she takes adjuvant tamoxifen (radiotherapy was omitted); the "
          "EORTC global health score changed 75 -> 75 -> 66.7, a fall of 8.3 points, below the 10-point minimal "
          "important difference, and no high-impact treatment is planned.",
      summary="52-year-old after breast-conserving excision of low-grade DCIS, radiotherapy omitted, on tamoxifen; "
              "quality-of-life score dipped slightly")
def gr_dcis_tamoxifen(k):
    k.patient("Γεωργίου", ["Βασιλική"], "female", "1974-12-05", city="Ηράκλειο", line=["Οδός Έβανς 40"],
              postcode="71201", phone="+30 694 020 7734", marital="M")
    gr_basics(k)
    surg, onc = k.pr("surg"), k.pr("onc")
    dcis = k.cond("Πορογενές καρκίνωμα in situ (DCIS) αριστερού μαστού, χαμηλού βαθμού, ER+",
                  [("icd10", "D05.1", "Intraductal carcinoma in situ")], "2026-04-08", recorded="2026-04-08",
                  asserter=surg)
    k.cond("Ημικρανία", [("icd10", "G43.0", "Migraine without aura [common migraine]")], "2000",
           recorded="2010-01-01")
    k.report("Στερεοτακτική βιοψία μαστού", [("local:pathologoanatomiko", "BX-STEREO", "Στερεοτακτική βιοψία")],
             "2026-04-08", cat="SP", performer=k.org(),
             conclusion="DCIS χαμηλού πυρηνικού βαθμού (1), κρυβριόμορφου τύπου, ER 90%. Χωρίς διήθηση.")
    wle = k.proc("Ευρεία τοπική εκτομή αριστερού μαστού με εντόπιση με σύρμα",
                 [("local:epembaseis", "MAST-WLE-01", "Ευρεία τοπική εκτομή μαστού")], "completed",
                 performed="2026-05-14", performer=surg, reason_ref=[dcis],
                 note="Τελική ιστολογική: DCIS 9 mm, βαθμού 1, όρια ελεύθερα (ελάχιστο 4 mm).")
    mdt = k.enc("2026-05-28", "Ογκολογικό συμβούλιο μαστού", pr=[onc, surg], t="13:00")
    k.impression("2026-05-28", onc, "DCIS χαμηλού κινδύνου μετά από ευρεία εκτομή με ελεύθερα όρια. Μετά από κοινή "
                                    "απόφαση με την ασθενή δεν θα γίνει ακτινοθεραπεία. Επικουρική ταμοξιφαίνη για "
                                    "5 έτη.", problems=[dcis], enc=mdt)
    tam = k.medreq(atc("Ταμοξιφαίνη 20 mg δισκία", "L02BA01", "tamoxifen"), "2026-06-15",
                   k.dosage("20 mg x1 ημερησίως για 5 έτη", route="oral"), onc, reason_ref=[dcis],
                   start="2026-06-15")
    rows = [("2026-06-10", 75.0), ("2026-09-15", 75.0), ("2026-11-24", 66.7)]
    for d, gh in rows:
        e = k.enc(d, "Εξωτερικό ιατρείο Ογκολογίας μαστού", pr=[onc], t="10:00")
        k.score("eortc_gh", d, gh, enc=e, text="EORTC QLQ-C30 – γενική κατάσταση υγείας/ποιότητα ζωής")
    k.vitals("2026-11-24", e, bp=(126, 80), wt=70.4)
    k.labs("2026-11-24", enc=e, hb=13.1, alt=24)
    k.note("2026-11-24", "Ογκολογικό ιατρείο μαστού – επανεκτίμηση", """
Γυναίκα 52 ετών, DCIS αριστερού μαστού βαθμού 1, ευρεία εκτομή 14/05/2026, χωρίς ακτινοθεραπεία (κοινή απόφαση).
Ταμοξιφαίνη από 15/06/2026. Αναφέρει εξάψεις (4-5 την ημέρα) και διαταραχή ύπνου, κατά τα λοιπά καλά.
Εργάζεται κανονικά. EORTC QLQ-C30 γενική κατάσταση υγείας 66,7 (75 πριν την έναρξη) – μικρή μεταβολή.
Οδηγίες για τις εξάψεις, συνέχιση ταμοξιφαίνης. Μαστογραφία ετήσια. Επανεκτίμηση σε 6 μήνες.
Δρ. Μ. Σταθοπούλου
""", onc, enc=e, related=[tam, wle])


# ================================================================================================
@case("gr", PR, "positive", [PR],
      why="A patient-authored portal message explicitly asks for a second opinion from another MS centre on the "
          "diagnosis and the recommended treatment before starting it; no second opinion is on record.",
      summary="34-year-old newly diagnosed with relapsing-remitting MS; before starting ocrelizumab she writes "
              "asking for a second opinion")
def gr_ms_comm(k):
    k.patient("Παππά", ["Χριστίνα"], "female", "1992-07-18", city="Ηράκλειο", line=["Οδός Δαιδάλου 17"],
              postcode="71202", phone="+30 698 770 1145", marital="S")
    gr_basics(k)
    neuro = k.pr("neuro")
    k.cond("Οπτική νευρίτιδα δεξιά", [("icd10", "H46", "Optic neuritis")], "2026-03-09", status="resolved",
           abated="2026-05-15", recorded="2026-03-12")
    ms = k.cond("Πολλαπλή σκλήρυνση, υποτροπιάζουσα-διαλείπουσα μορφή", [("icd10", "G35", "Multiple sclerosis")],
                "2026-05-06", recorded="2026-05-06", asserter=neuro)
    k.report("MRI εγκεφάλου και αυχενικού νωτιαίου μυελού με σκιαγραφικό", [("local:apeikonisi", "MRI-BR-CSP",
                                                                           "MRI εγκεφάλου-ΑΜΣΣ")],
             "2026-04-14", cat="RAD", performer=k.org(),
             conclusion="Εννέα περικοιλιακές, δύο παραφλοιώδεις και μία υποσκηνιδιακή βλάβη, μία με πρόσληψη "
                        "σκιαγραφικού. Βλάβη νωτιαίου μυελού στο ύψος Α3. Πληρούνται τα κριτήρια διασποράς σε χώρο "
                        "και χρόνο (McDonald 2017).")
    k.proc("Οσφυονωτιαία παρακέντηση", [("local:epembaseis", "NEURO-LP-01", "Οσφυονωτιαία παρακέντηση")],
           "completed", performed="2026-04-20", performer=neuro,
           note="Ολιγοκλωνικές ζώνες IgG θετικές (ειδικές για ΕΝΥ). Κύτταρα 6/μL.")
    visits = [("2026-05-06", "Νευρολογικό ιατρείο απομυελινωτικών νοσημάτων", 1.5),
              ("2026-09-23", "Έκτακτη επίσκεψη – υποτροπή", 2.0),
              ("2026-11-10", "Νευρολογικό ιατρείο απομυελινωτικών νοσημάτων", 1.5)]
    for d, title, edss in visits:
        e = k.enc(d, title, pr=[neuro], t="12:00")
        k.obs(k.cc("EDSS (Expanded Disability Status Scale)", ("local:klimakes", "EDSS", "Kurtzke EDSS")), d,
              value=edss, unit="{score}", ucum="{score}", cat="exam", enc=e, performer=neuro)
        if d == "2026-09-23":
            k.medadmin(atc("Μεθυλπρεδνιζολόνη 1 g IV", "H02AB04", "methylprednisolone"), d, t="13:00",
                       dose=(1, "g", "g"), route="iv", enc=e,
                       note="Ημέρα 1 από 3 για υποτροπή με αιμωδίες κάτω άκρων.")
        last = e
    k.medreq(atc("Οκρελιζουμάμπη 300 mg", "L04AA36", "ocrelizumab"), "2026-11-10",
             k.dosage("300 mg IV ημέρες 1 και 15, μετά 600 mg ανά 6 μήνες", route="iv"), neuro, status="draft",
             intent="proposal", reason_ref=[ms], enc=last,
             note="Προτάθηκε μετά την υποτροπή του Σεπτεμβρίου. Εκκρεμεί η συγκατάθεση της ασθενούς.")
    k.labs("2026-11-10", enc=last, hb=13.4, wbc=6.2, alt=18)
    k.obs(k.cc("Αντισώματα HBc", ("local:lab", "ANTIHBC", "Anti-HBc total")), "2026-11-10", value="Αρνητικά",
          interp="NEG", enc=last)
    k.note("2026-11-10", "Νευρολογικό ιατρείο – σημείωμα", """
Γυναίκα 34 ετών με ΠΣ υποτροπιάζουσα-διαλείπουσα μορφή (διάγνωση 05/2026, μετά από οπτική νευρίτιδα δεξιά).
Υποτροπή τον Σεπτέμβριο με αιμωδίες κάτω άκρων, αντιμετωπίστηκε με μεθυλπρεδνιζολόνη. EDSS 1,5.
Λόγω ενεργού νόσου (δύο κλινικά επεισόδια σε 6 μήνες, βλάβη νωτιαίου) συστήνεται θεραπεία υψηλής
αποτελεσματικότητας με οκρελιζουμάμπη. Συζητήθηκαν οφέλη και κίνδυνοι. Η ασθενής θα το σκεφτεί.
Δρ. Ι. Μιχαηλίδου, Νευρολόγος
""", neuro, enc=last)
    k.comm("2026-11-14", k.pat, neuro, "Καλησπέρα σας κυρία Μιχαηλίδου. Μετά τη συζήτηση της Τρίτης για την έναρξη "
                                       "του ocrelizumab, θα ήθελα πριν ξεκινήσω οποιαδήποτε θεραπεία να πάρω μια "
                                       "δεύτερη γνώμη από άλλο κέντρο πολλαπλής σκλήρυνσης, τόσο για τη διάγνωση "
                                       "όσο και για το φάρμακο. Μπορείτε να μου δώσετε αντίγραφα των μαγνητικών και "
                                       "των αποτελεσμάτων; Σας ευχαριστώ πολύ, Χριστίνα Παππά",
           category=("Μήνυμα ασθενούς", []), medium=("Πύλη ασθενών", []), about=[ms], t="21:10")


# ================================================================================================
@case("gr", WD, "positive", [WD],
      why="HbA1c rose 7.6% -> 8.2% -> 9.0% over nine months (well above the 0.5% minimal important difference) while "
          "metformin, gliclazide and empagliflozin were taken throughout.",
      summary="58-year-old with type 2 diabetes on three oral agents; HbA1c climbing steadily through 2026")
def gr_hba1c(k):
    k.patient("Κυριακίδης", ["Παναγιώτης"], "male", "1968-01-25", city="Ηράκλειο", line=["Οδός Μαχαιράδων 31"],
              postcode="71409", phone="+30 697 604 3358", marital="M")
    gr_basics(k)
    endo = k.pr("endo")
    dm = k.cond("Σακχαρώδης διαβήτης τύπου 2", [("icd10", "E11.9", "Type 2 diabetes mellitus without "
                                                                   "complications")], "2018-04", recorded="2018-04-17")
    k.cond(*HTN, "2016", recorded="2016-02-02")
    k.cond("Παχυσαρκία (ΔΜΣ 35)", [("icd10", "E66.0", "Obesity due to excess calories")], "2015",
           recorded="2018-04-17")
    k.cond("Μη αλκοολική λιπώδης νόσος ήπατος", [("icd10", "K76.0", "Fatty (change of) liver, not elsewhere "
                                                                  "classified")], "2022", recorded="2022-09-12")
    k.medstmt(METFORMIN, "active", "2018-04-17", asserted="2026-11-03", dosage="1000 mg x2", reason_ref=[dm],
              note="Λαμβάνεται τακτικά σύμφωνα με τις συνταγές του ηλεκτρονικού συστήματος συνταγογράφησης.")
    k.medstmt(atc("Γλικλαζίδη MR 60 mg", "A10BB09", "gliclazide"), "active", "2024-01-15", asserted="2026-11-03",
              dosage="60 mg x1 με το πρωινό", reason_ref=[dm])
    k.medstmt(atc("Εμπαγλιφλοζίνη 10 mg", "A10BK03", "empagliflozin"), "active", "2025-09-10",
              asserted="2026-11-03", dosage="10 mg x1", reason_ref=[dm])
    k.medstmt(atc("Ολμεσαρτάνη 20 mg", "C09CA08", "olmesartan medoxomil"), "active", "2016-02-02",
              asserted="2026-11-03", dosage="20 mg x1")
    rows = [("2026-02-16", 7.6, 148, 104.0), ("2026-06-09", 8.2, 171, 105.6), ("2026-11-03", 9.0, 196, 107.1)]
    for d, a1c, glu, wt in rows:
        e = k.enc(d, "Διαβητολογικό ιατρείο", pr=[endo], t="09:00")
        k.lab("hba1c", d, a1c, enc=e)
        k.lab("glucose", d, glu, enc=e)
        k.vitals(d, e, bp=(136, 84), wt=wt)
    k.labs("2026-11-03", enc=e, creat=0.9, egfr=92, alt=48, ldl=108)
    k.medreq(atc("Σεμαγλουτίδη 0,25 mg υποδόρια ένεση", "A10BJ06", "semaglutide"), "2026-11-03",
             k.dosage("0,25 mg υποδορίως μία φορά την εβδομάδα για 4 εβδομάδες, μετά 0,5 mg", route="sc"), endo,
             status="draft", intent="proposal", reason_ref=[dm],
             note="Αναμένεται έγκριση ΕΟΠΥΥ.")
    k.note("2026-11-03", "Διαβητολογικό ιατρείο – σημείωμα", """
Άνδρας 58 ετών με ΣΔ2 από το 2018. Αγωγή: μετφορμίνη 1000 x2 (από 2018), γλικλαζίδη MR 60 (από 01/2024),
εμπαγλιφλοζίνη 10 (από 09/2025). Αναφέρει καλή συμμόρφωση, επιβεβαιώνεται από την εκτέλεση συνταγών.
HbA1c: 7,6% (02/2026) -> 8,2% (06/2026) -> 9,0% (11/2026). Σάκχαρο νηστείας 196 mg/dL. Βάρος 107 kg.
Πολυουρία, κόπωση. Δεν αναφέρει υπογλυκαιμίες.
Σχέδιο: προσθήκη σεμαγλουτίδης (αναμονή έγκρισης), επανάληψη διατροφικής συμβουλευτικής. Επανέλεγχος σε 3 μήνες.
Δρ. Σ. Καραγιάννη, Ενδοκρινολόγος
""", endo, enc=e)


# ================================================================================================
@case("gr", RC, "positive", [RC],
      why="Six active chronic conditions across five specialties (type 2 diabetes, CKD stage 3, heart failure with "
          "reduced ejection fraction, COPD, permanent atrial fibrillation, gout) with eleven regular medicines.",
      summary="76-year-old with diabetes, CKD 3b, HFrEF, COPD, AF and gout followed by four hospital clinics; "
              "stable but highly complex")
def gr_multimorbid(k):
    k.patient("Βασιλείου", ["Αντώνιος"], "male", "1950-05-12", city="Τυμπάκι", line=["Οδός Ηρώων 6"],
              postcode="70200", phone="+30 28920 51830", marital="M")
    gr_basics(k)
    pathol, cardio = k.pr("pathol"), k.pr("cardio")
    neph = k.ext_pr("Φραγκιαδάκης", ["Μιχάλης"], "Δρ.", "Νεφρολόγος", "neph")
    pulm = k.ext_pr("Σαββάκη", ["Ειρήνη"], "Δρ.", "Πνευμονολόγος", "pulm")
    conds = [
        k.cond("Σακχαρώδης διαβήτης τύπου 2 με νεφρική επιπλοκή", [("icd10", "E11.2", "Type 2 diabetes mellitus "
                                                                                    "with renal complications")],
               "2004", recorded="2004-06-01"),
        k.cond("Χρόνια νεφρική νόσος σταδίου 3β", [("icd10", "N18.3", "Chronic kidney disease, stage 3")],
               "2019", recorded="2019-10-14", asserter=neph),
        k.cond("Καρδιακή ανεπάρκεια με μειωμένο κλάσμα εξώθησης (ΚΕ 35%)",
               [("icd10", "I50.0", "Congestive heart failure")], "2020", recorded="2020-02-03", asserter=cardio),
        k.cond("Χρόνια αποφρακτική πνευμονοπάθεια (GOLD 2, ομάδα B)",
               [("icd10", "J44.8", "Other specified chronic obstructive pulmonary disease")], "2015",
               recorded="2015-11-20", asserter=pulm),
        k.cond("Μόνιμη κολπική μαρμαρυγή", [("icd10", "I48.2", "Chronic atrial fibrillation")], "2020",
               recorded="2020-02-03"),
        k.cond("Ουρική αρθρίτιδα", [("icd10", "M10.0", "Idiopathic gout")], "2012", recorded="2012-08-09"),
    ]
    meds = [("Μετφορμίνη 500 mg", "A10BA02", "metformin", "500 mg x2"),
            ("Ινσουλίνη glargine 100 U/mL", "A10AE04", "insulin glargine", "22 μονάδες το βράδυ"),
            ("Νταπαγλιφλοζίνη 10 mg", "A10BK01", "dapagliflozin", "10 mg x1"),
            ("Σακουμπιτρίλη/βαλσαρτάνη 49/51 mg", "C09DX04", "valsartan and sacubitril", "1 δισκίο x2"),
            ("Βισοπρολόλη 5 mg", "C07AB07", "bisoprolol", "5 mg x1"),
            ("Σπιρονολακτόνη 25 mg", "C03DA01", "spironolactone", "25 mg x1"),
            ("Φουροσεμίδη 40 mg", "C03CA01", "furosemide", "40 mg x1"),
            ("Απιξαμπάνη 5 mg", "B01AF02", "apixaban", "5 mg x2"),
            ("Τιοτρόπιο/ολοδατερόλη 2,5/2,5 μg", "R03AL06", "olodaterol and tiotropium bromide",
             "2 εισπνοές x1"),
            ("Αλλοπουρινόλη 100 mg", "M04AA01", "allopurinol", "100 mg x1"),
            ("Ατορβαστατίνη 40 mg", "C10AA05", "atorvastatin", "40 mg x1")]
    for name, code, disp, dose in meds:
        k.medstmt(atc(name, code, disp), "active", "2024-01-01", asserted="2026-11-19", dosage=dose)
    clinics = [("2026-04-14", "Εξωτερικό ιατρείο Καρδιακής Ανεπάρκειας", cardio),
               ("2026-06-23", "Νεφρολογικό ιατρείο", neph),
               ("2026-09-08", "Πνευμονολογικό ιατρείο", pulm),
               ("2026-11-19", "Παθολογικό ιατρείο πολυνοσηρότητας", pathol)]
    encs = {}
    for d, title, who in clinics:
        encs[d] = k.enc(d, title, pr=[who], t="10:00")
    e1, e2, e3, e4 = (encs[d] for d, _, _ in clinics)
    k.labs("2026-04-14", enc=e1, ntprobnp=1450, creat=1.8, egfr=38, k=4.8)
    k.labs("2026-06-23", enc=e2, creat=1.85, egfr=37, hba1c=7.1, urate=5.9, hb=13.6)
    k.labs("2026-11-19", enc=e4, creat=1.75, egfr=39, hba1c=7.2, ntprobnp=1380, k=4.7, na=138)
    k.vitals("2026-11-19", e4, bp=(118, 70), hr=72, wt=84.5, spo2=94)
    k.report("Σπιρομέτρηση με βρογχοδιαστολή", [("local:eksetaseis", "SPIRO", "Σπιρομέτρηση")], "2026-09-08",
             cat="PF", performer=pulm, enc=e3,
             conclusion="FEV1 1,62 L (58% προβλ.), FEV1/FVC 0,58 μετά βρογχοδιαστολή. Μέτρια απόφραξη, σταθερή σε "
                        "σχέση με το 2025.")
    k.report("Υπερηχοκαρδιογράφημα", [("local:apeikonisi", "ECHO-TTE", "Υπερηχοκαρδιογράφημα")], "2026-04-14",
             cat="CUS", performer=cardio, enc=e1,
             conclusion="ΚΕ 35%, διάταση αριστερής κοιλίας, μέτρια λειτουργική ανεπάρκεια μιτροειδούς. Διατεταμένος "
                        "αριστερός κόλπος.")
    k.impression("2026-11-19", pathol, "Πολυνοσηρότητα με 6 ενεργά χρόνια νοσήματα (ΣΔ2, ΧΝΝ 3β, ΚΑ-ΜΚΕ, ΧΑΠ, "
                                       "μόνιμη ΚΜ, ουρική αρθρίτιδα) και 11 φάρμακα. Σταθερή πορεία το 2026.",
                 problems=conds, enc=e4)
    k.note("2026-11-19", "Παθολογικό ιατρείο πολυνοσηρότητας – σημείωμα", """
Άνδρας 76 ετών, συνταξιούχος αγρότης, παρακολουθείται από Καρδιολογικό, Νεφρολογικό και Πνευμονολογικό ιατρείο.
Ενεργά προβλήματα: ΣΔ2 με νεφρική επιπλοκή, ΧΝΝ 3β (eGFR 37-39), ΚΑ με ΚΕ 35%, ΧΑΠ GOLD 2, μόνιμη ΚΜ υπό
απιξαμπάνη, ουρική αρθρίτιδα χωρίς κρίσεις φέτος.
Λαμβάνει 11 φάρμακα. Έγινε ανασκόπηση αλληλεπιδράσεων και δοσολογιών για τη νεφρική λειτουργία.
Κλινικά σταθερός, NYHA II, χωρίς νοσηλεία το 2026. Η σύζυγος βοηθά με το δοσομετρικό κουτί.
Σχέδιο: κοινή επανεκτίμηση σε 3 μήνες, εμβολιασμός γρίπης έγινε.
Δρ. Ε. Κωνσταντίνου, Παθολόγος
""", pathol, enc=e4)
    k.immun("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-20",
            text="Αντιγριπικό εμβόλιο 2026-2027")
