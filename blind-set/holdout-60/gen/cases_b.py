"""Organisation B: an Indonesian public district hospital (fictitious).

WHO ICD-10 diagnoses, ICD-9-CM procedures (as INA-CBG claims to BPJS Kesehatan use
them), Indonesian laboratory names next to LOINC, SOAP notes in Bahasa Indonesia
mixed with English medical terms, referral letters from puskesmas, BPJS coverage.
"""
import zlib

from fhirkit import (ATC, ICD10, ICD9CM, LOINC, ORGTYPE, SCT, V20074, cc, qty, txt, OrgProfile)

BASE = "https://fhir.rsud-sekarwangi.example.org/fhir/R4/"
LOCAL = "https://fhir.rsud-sekarwangi.example.org/fhir/CodeSystem/"
LAB_SYS = LOCAL + "pemeriksaan-lab"
FORM = LOCAL + "formularium"
KUNJ = LOCAL + "jenis-kunjungan"

LAB_NAMES = {
    "hb": ("H-HB", "Hemoglobin"), "hb_m": ("H-HB", "Hemoglobin"), "hct": ("H-HCT", "Hematokrit"),
    "wbc": ("H-LEU", "Leukosit"), "neut": ("H-NEU", "Neutrofil absolut"), "plt": ("H-TROM", "Trombosit"),
    "mcv": ("H-MCV", "MCV"), "mch": ("H-MCH", "MCH"), "rbc": ("H-ERI", "Eritrosit"),
    "ferritin": ("K-FER", "Feritin"), "ferritin_f": ("K-FER", "Feritin"), "iron": ("K-SI", "Serum Iron (SI)"),
    "tsat": ("K-SAT", "Saturasi transferin"), "glucose": ("K-GDP", "Gula Darah Puasa (GDP)"), "hba1c": ("K-HBA1C", "HbA1c"),
    "creat": ("K-KREA", "Kreatinin"), "egfr": ("K-EGFR", "eGFR (CKD-EPI)"), "urea": ("K-UR", "Ureum"), "bun": ("K-BUN", "BUN"),
    "na": ("K-NA", "Natrium"), "k": ("K-K", "Kalium"), "ca": ("K-CA", "Kalsium"), "phos": ("K-P", "Fosfat"),
    "alb": ("K-ALB", "Albumin"), "alt": ("K-SGPT", "SGPT"), "ast": ("K-SGOT", "SGOT"), "crp": ("I-CRP", "CRP kuantitatif"),
    "esr": ("H-LED", "LED (Laju Endap Darah)"), "ldh": ("K-LDH", "LDH"), "hba2": ("H-HBA2", "HbA2 (HPLC)"),
    "hbf": ("H-HBF", "HbF (HPLC)"), "chol": ("K-CHOL", "Kolesterol total"), "ldl": ("K-LDL", "Kolesterol LDL"),
    "hdl": ("K-HDL", "Kolesterol HDL"), "tg_lipid": ("K-TG", "Trigliserida"), "uric": ("K-UA", "Asam urat"),
    "trop": ("I-TNI", "Troponin I hs"), "ntprobnp": ("I-NTBNP", "NT-proBNP"), "tsh": ("I-TSH", "TSH"), "ft4": ("I-FT4", "FT4"),
    "hco3": ("K-HCO3", "Bikarbonat"), "inr": ("H-INR", "INR"), "ck": ("K-CK", "CK"),
}

ORG = OrgProfile("B", BASE, "Asia/Jakarta", "id-ID", LAB_NAMES, LAB_SYS)

STAFF = {
    "pd": ("Rahmawati", "Siti", "dr.", "Sp.PD", "Dokter Spesialis Penyakit Dalam", "female"),
    "kgh": ("Hidayat", "Yusuf", "dr.", "Sp.PD-KGH", "Dokter Spesialis Penyakit Dalam Konsultan Ginjal Hipertensi", "male"),
    "jp": ("Sutrisno", "Bambang", "dr.", "Sp.JP", "Dokter Spesialis Jantung dan Pembuluh Darah", "male"),
    "btkv": ("Suardana", "I Made", "dr.", "Sp.BTKV", "Dokter Spesialis Bedah Toraks, Kardiak dan Vaskular", "male"),
    "og": ("Lestari", "Dewi", "dr.", "Sp.OG(K)Onk", "Dokter Spesialis Obstetri Ginekologi Konsultan Onkologi", "female"),
    "n": ("Wijaya", "Hendra", "dr.", "Sp.N", "Dokter Spesialis Neurologi", "male"),
    "kj": ("Kusumawati", "Rina", "dr.", "Sp.KJ", "Dokter Spesialis Kedokteran Jiwa", "female"),
    "psi": ("Safitri", "Nadia", None, "M.Psi., Psikolog", "Psikolog Klinis", "female"),
    "pk": ("Hakim", "Lukman", "dr.", "Sp.PK", "Dokter Spesialis Patologi Klinik", "male"),
    "pa": ("Sari", "Kartika", "dr.", "Sp.PA", "Dokter Spesialis Patologi Anatomi", "female"),
    "rad": ("Permata", "Anita", "dr.", "Sp.Rad", "Dokter Spesialis Radiologi", "female"),
    "pal": ("Puspitasari", "Ratih", "dr.", "Sp.PD-KHOM", "Ketua Tim Paliatif RSUD", "female"),
    "igd": ("Nugroho", "Arif", "dr.", None, "Dokter Umum IGD", "male"),
    "pkm": ("Salim", "Agus", "dr.", None, "Dokter Umum Puskesmas", "male"),
}


def icd(code, label, sct=None):
    if sct:
        return cc((ICD10, code, label), (SCT, sct[0], sct[1]), text=label)
    return cc((ICD10, code, label), text=label)


def icd9(code, label, text=None):
    return cc((ICD9CM, code, label), text=text or label)


def obat(code, text, atc=None):
    codings = [(FORM, code, text)]
    if atc:
        codings.append((ATC, atc[0], atc[1]))
    return cc(*codings, text=text)


def jenis(code):
    labels = {"RJ": "Rawat Jalan (Poliklinik)", "RI": "Rawat Inap", "IGD": "Instalasi Gawat Darurat",
              "HD": "Unit Hemodialisis", "PKM": "Kunjungan Puskesmas (FKTP)", "RUJ": "Konsultasi rujukan eksternal"}
    return cc((KUNJ, code, labels[code]), text=labels[code])


NOTE_TYPES = {
    "cppt": ((LOINC, "11506-3", "Progress note"), "Catatan Perkembangan Pasien Terintegrasi (CPPT) - SOAP"),
    "resume": ((LOINC, "18842-5", "Discharge summary"), "Resume Medis Pulang"),
    "rujukan": ((LOINC, "57133-1", "Referral note"), "Surat Rujukan"),
    "konsul": ((LOINC, "11488-4", "Consult note"), "Lembar Konsultasi"),
    "igd": ((LOINC, "34111-5", "Emergency department Note"), "Catatan IGD"),
    "edukasi": ((LOINC, "34109-9", "Note"), "Catatan Edukasi Pasien dan Keluarga"),
}


def note(c, key, kind, when, text, author, enc=None, custodian="org-rs"):
    code, label = NOTE_TYPES[kind]
    return c.note(key, cc(code, text=label), when, text, label, author=author, enc=enc,
                  custodian=c.ref("Organization", custodian))


def setup(c, fam, given, sex, birth, nik, bpjs, street, staff, klass=("PBI", "PBI APBN", "3"), phone=None,
          pkm=False, village="Karanganyar", cov_start="2016-01-01", extra_org=None):
    c.organization("org-rs", "RSUD Sekar Wangi Kabupaten Bukit Asri",
                   ident=[{"system": "https://sirs.kemkes.example.org/sid/kode-rs", "value": "3327061"}],
                   typ=cc((ORGTYPE, "prov", "Healthcare Provider")), alias=["RSUD Sekar Wangi"],
                   address={"line": ["Jl. Pahlawan No. 12"], "city": "Bukit Asri", "state": "Jawa Tengah", "postalCode": "51356",
                            "country": "ID"},
                   telecom=[{"system": "phone", "value": "+62 285 441 220"}])
    c.organization("org-bpjs", "BPJS Kesehatan Kantor Cabang Bukit Asri", typ=cc((ORGTYPE, "pay", "Payer")),
                   address={"city": "Bukit Asri", "state": "Jawa Tengah", "country": "ID"})
    if pkm:
        c.organization("org-pkm", f"Puskesmas {village}", typ=cc((ORGTYPE, "prov", "Healthcare Provider")),
                       ident=[{"system": "https://sirs.kemkes.example.org/sid/kode-fktp", "value": "P3327060" + str(len(village))}],
                       address={"line": [f"Jl. Raya {village} No. 3"], "city": "Bukit Asri", "state": "Jawa Tengah", "country": "ID"})
    if extra_org:
        for key, name in extra_org:
            c.organization(key, name, typ=cc((ORGTYPE, "prov", "Healthcare Provider")))
    for k in staff:
        fam_p, given_p, prefix, suffix, role, g = STAFF[k]
        c.practitioner(f"pr-{k}", fam_p, given_p, prefix=prefix, suffix=suffix, gender=g,
                       ident=[{"system": "https://satusehat.example.org/sid/nakes", "value": f"N1{zlib.crc32(fam_p.encode()) % 10**9:09d}"}],
                       qual=cc((LOCAL + "profesi", k.upper(), role), text=role))
    c.patient(fam, given, sex, birth,
              ident=[{"use": "official", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "NI", "National unique individual identifier")),
                      "system": "https://fhir.kemkes.go.id/id/nik", "value": nik},
                     {"use": "secondary", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "SN", "Subscriber Number")),
                      "system": "https://bpjs-kesehatan.example.org/sid/no-kartu", "value": bpjs},
                     {"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                      "system": "https://fhir.rsud-sekarwangi.example.org/sid/no-rm", "value": "RM-" + nik[-6:]}],
              address={"use": "home", "line": [street], "city": "Bukit Asri", "state": "Jawa Tengah", "country": "ID",
                       "district": f"Kec. {village}"},
              telecom=[{"system": "phone", "value": phone or "+62 812 0000 0000", "use": "mobile"}], language="id",
              org=c.ref("Organization", "org-rs"),
              gp=[c.ref("Organization", "org-pkm")] if pkm else None)
    c.coverage("cov-jkn", c.ref("Organization", "org-bpjs"),
               cc((LOCAL + "jenis-jaminan", "JKN", "Jaminan Kesehatan Nasional (JKN-KIS)"), text="BPJS Kesehatan - JKN"),
               cov_start, subscriber_id=bpjs,
               klass=[("plan", klass[0], klass[1]), ("class", f"KLS{klass[2]}", f"Kelas {klass[2]}")])
    return c.ref("Organization", "org-rs")


def P(c, k):
    return c.ref("Practitioner", f"pr-{k}")


def sep(n):
    return {"system": "https://bpjs-kesehatan.example.org/sid/no-sep", "value": n}


# =====================================================================================
def b01(c):
    """Iron-deficiency anaemia in a 58-year-old man; iron only, no endoscopy or colonoscopy for 82 days."""
    rs = setup(c, "Riyadi", ["Slamet"], "male", "1968-03-12", "3327061203680004", "0001287730541",
               "Dusun Krajan RT 02/RW 04", ("pd", "pkm"), pkm=True, village="Karanganyar Kidul", phone="+62 813 2740 1187")
    pd, pkm = P(c, "pd"), P(c, "pkm")
    pkm_org = c.ref("Organization", "org-pkm")
    e0 = c.encounter("enc-pkm", "AMB", "2026-09-08 08:30", "2026-09-08 09:00", typ=jenis("PKM"), pract=pkm, provider=pkm_org,
                     reason=cc((SCT, "84229001", "Fatigue"), text="Lemas, pusing, pucat 2 bulan"))
    c.observation("hb-pkm", cc((LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), text="Hb (POCT puskesmas)"), "2026-09-08 08:45",
                  qty(8.9, "g/dL"), unit="g/dL", low=13.5, high=17.5, interp="L", enc=e0, performer=pkm_org)
    ref_sr = c.service_request("sr-rujuk", cc((SCT, "306206005", "Referral to service"), text="Rujukan ke Poli Penyakit Dalam RSUD"),
                               "2026-09-08 09:00", status="completed", intent="order", requester=pkm, performer=rs, enc=e0,
                               reason=[cc((SCT, "271737000", "Anemia"), text="Anemia (Hb 8,9 g/dL)")])
    note(c, "doc-rujuk", "rujukan", "2026-09-08 09:00", """
SURAT RUJUKAN - Puskesmas Karanganyar Kidul
Kepada Yth. TS dokter Spesialis Penyakit Dalam, RSUD Sekar Wangi
Mohon pemeriksaan dan penanganan lebih lanjut pasien:
Nama: Tn. Slamet Riyadi, 58 th, petani. No. BPJS 0001287730541 (PBI).
Anamnesis: lemas, mudah capek, pusing berdiri, pucat sejak ± 2 bulan. Nafsu makan agak turun. BAB biasa, tidak ada keluhan perut berarti.
Pemeriksaan: TD 138/84, N 96x/mnt, konjungtiva anemis (+/+). Hb POCT 8,9 g/dL.
Diagnosis sementara: Anemia ec susp. defisiensi besi. Terapi sementara: -
Atas kerjasamanya kami ucapkan terima kasih.
dr. Agus Salim
""", pkm, e0, custodian="org-pkm")

    e1 = c.encounter("enc-rj1", "AMB", "2026-09-10 09:20", "2026-09-10 09:50", typ=jenis("RJ"), pract=pd, provider=rs,
                     reason=cc((SCT, "271737000", "Anemia"), text="Anemia, rujukan puskesmas"), based_on=[ref_sr],
                     identifier=sep("1108R0010926V004412"))
    c.labs("lab-0910", "2026-09-10 08:00", [("hb_m", 9.1), ("mcv", 67), ("mch", 20), ("wbc", 6.8), ("plt", 412),
                                             ("ferritin", 6), ("iron", 28)], enc=e1, performer=rs,
           report="Hematologi lengkap + status besi 10-09-2026",
           conclusion="Anemia mikrositik hipokrom dengan feritin sangat rendah - sesuai anemia defisiensi besi. Trombositosis reaktif ringan.")
    c.observation("feses", cc((LAB_SYS, "F-RUT", "Feses rutin + telur cacing"), text="Feses rutin"), "2026-09-10 08:00",
                  "Konsistensi lunak, warna coklat, telur cacing (-), amoeba (-), darah makroskopis (-)", interp="N", enc=e1)
    c.vitals("v-0910", "2026-09-10 09:25", bp=(136, 82), hr=94, weight=58, enc=e1)
    ida = c.condition("cond-adb", icd("D50.9", "Iron deficiency anaemia, unspecified", ("87522002", "Iron deficiency anemia")),
                      onset="2026-07", recorded="2026-09-10", asserter=pd)
    c.condition("cond-ht", icd("I10", "Essential (primary) hypertension"), onset="2019", recorded="2026-09-10")
    c.med_request("rx-sf", obat("OB-0412", "Sulfas ferosus 300 mg tablet", ("B03AA07", "ferrous sulfate")), "2026-09-10 09:45",
                  "3 x 1 tablet sesudah makan", requester=pd, enc=e1, reason_ref=ida, category="outpatient", course="continuous")
    c.med_request("rx-amlo", obat("OB-0107", "Amlodipin 5 mg tablet", ("C08CA01", "amlodipine")), "2026-09-10 09:45",
                  "1 x 1 tablet pagi", requester=pd, enc=e1, category="outpatient", course="continuous")
    note(c, "doc-0910", "cppt", "2026-09-10 09:50", """
CPPT Poli Penyakit Dalam - 10/09/2026
S: Rujukan PKM Karanganyar Kidul. Lemas, pusing, pucat ± 2 bulan. Nafsu makan turun. Tidak ada hematemesis/melena yang disadari. Riwayat HT, minum amlodipin tidak teratur. Tidak konsumsi NSAID rutin.
O: KU sedang, CM. TD 136/82, N 94, BB 58 kg. Konjungtiva anemis +/+. Abdomen supel, NT (-), hepar/lien tidak teraba.
   Lab: Hb 9,1 g/dL, MCV 67 fL, MCH 20 pg, feritin 6 ng/mL, SI 28 ug/dL. Feses rutin: telur cacing (-).
A: Anemia defisiensi besi (D50.9). Hipertensi.
P: Sulfas ferosus 3x1, amlodipin 1x5 mg. Edukasi diet tinggi zat besi. Kontrol 1 bulan cek Hb.
dr. Siti Rahmawati, Sp.PD
""", pd, e1)

    e2 = c.encounter("enc-rj2", "AMB", "2026-10-13 09:00", "2026-10-13 09:20", typ=jenis("RJ"), pract=pd, provider=rs,
                     reason=cc((SCT, "87522002", "Iron deficiency anemia"), text="Kontrol anemia"), identifier=sep("1108R0011026V002291"))
    c.lab("hb-1013", "hb_m", "2026-10-13 08:00", 9.6, enc=e2, performer=rs)
    note(c, "doc-1013", "cppt", "2026-10-13 09:20", """
CPPT Poli Penyakit Dalam - 13/10/2026
S: Masih lemas tapi berkurang. Minum SF teratur, BAB jadi hitam (efek obat, sudah dijelaskan).
O: TD 132/80, N 90. Konjungtiva anemis +/+. Hb 9,6 g/dL.
A: Anemia defisiensi besi - respon parsial.
P: Lanjut SF 3x1, amlodipin. Kontrol 1 bulan.
dr. Siti Rahmawati, Sp.PD
""", pd, e2)

    e3 = c.encounter("enc-rj3", "AMB", "2026-11-16 09:10", "2026-11-16 09:30", typ=jenis("RJ"), pract=pd, provider=rs,
                     reason=cc((SCT, "87522002", "Iron deficiency anemia"), text="Kontrol anemia"), identifier=sep("1108R0011126V003050"))
    c.labs("lab-1116", "2026-11-16 08:00", [("hb_m", 10.2), ("ferritin", 11), ("mcv", 70)], enc=e3, performer=rs)
    c.observation("wt-1116", cc((LOINC, "29463-7", "Body weight"), text="Berat badan"), "2026-11-16 09:12", qty(56, "kg"),
                  cat="vital-signs", enc=e3)
    note(c, "doc-1116", "cppt", "2026-11-16 09:30", """
CPPT Poli Penyakit Dalam - 16/11/2026
S: Lemas berkurang, masih cepat capek kalau ke sawah. BB turun 2 kg dalam 2 bulan (58 -> 56 kg), nafsu makan masih kurang.
O: TD 134/82, N 88, BB 56 kg. Konjungtiva anemis +/+ (minimal). Hb 10,2 g/dL, feritin 11 ng/mL, MCV 70 fL.
A: Anemia defisiensi besi (D50.9), perbaikan lambat. HT terkontrol.
P: Lanjut SF 3x1. Resep ulang amlodipin. Kontrol 1 bulan, cek Hb.
dr. Siti Rahmawati, Sp.PD
""", pd, e3)
    c.med_request("rx-sf2", obat("OB-0412", "Sulfas ferosus 300 mg tablet", ("B03AA07", "ferrous sulfate")), "2026-11-16 09:28",
                  "3 x 1 tablet sesudah makan, 30 hari", requester=pd, enc=e3, reason_ref=ida, category="outpatient", course="continuous")
    return c


# =====================================================================================
def b02(c):
    """'Typhoid fever' (Widal) kept as the diagnosis while fever, weight loss, nodes, splenomegaly and pancytopenia appear."""
    rs = setup(c, "Wulandari", ["Ratna"], "female", "1990-11-23", "3327066311900002", "0002319847766",
               "Perum Griya Asri Blok C-7", ("igd", "pd", "rad"), klass=("PBPU", "Pekerja Bukan Penerima Upah", "2"),
               phone="+62 857 2231 9048", village="Sukamulya")
    igd, pd, rad = P(c, "igd"), P(c, "pd"), P(c, "rad")
    fever = cc((SCT, "386661006", "Fever"), text="Demam")
    e0 = c.encounter("enc-igd", "EMER", "2026-09-24 10:15", "2026-09-24 13:00", typ=jenis("IGD"), pract=igd, provider=rs,
                     priority="EM", reason=cc((SCT, "386661006", "Fever"), text="Demam 6 hari, mual, nyeri kepala"))
    c.vitals("v-igd", "2026-09-24 10:20", bp=(108, 70), hr=102, temp=39.1, rr=20, enc=e0)
    typh = c.condition("cond-tifoid", icd("A01.0", "Typhoid fever", ("4834000", "Typhoid fever")), onset="2026-09-18",
                       recorded="2026-09-24", asserter=pd, note="Diagnosis berdasarkan klinis dan Widal O 1/320, H 1/160. Kultur darah tidak tumbuh.")
    e1 = c.encounter("enc-ri", "IMP", "2026-09-24 13:00", "2026-09-30 11:00", typ=jenis("RI"), pract=pd, provider=rs,
                     admit=("emd", "From accident/emergency department"), discharge=("home", "Home"), diagnoses=[(typh, "DD")],
                     reason=fever, identifier=sep("1108R0010926V005877"), location_text="Bangsal Melati, Kelas 2")
    c.labs("lab-0924", "2026-09-24 10:40", [("hb", 11.9), ("wbc", 4.1), ("plt", 168), ("ast", 62), ("alt", 55)], enc=e0, performer=rs,
           report="Lab IGD 24-09-2026")
    c.observation("widal", cc((LAB_SYS, "S-WIDAL", "Widal (S. Typhi O/H, S. Paratyphi)"), text="Widal"), "2026-09-24 10:40",
                  "S. Typhi O 1/320, S. Typhi H 1/160, S. Paratyphi AO 1/80, BO 1/40", interp="A", enc=e0)
    c.observation("ns1", cc((LAB_SYS, "S-NS1", "NS1 antigen dengue"), text="NS1 Ag dengue"), "2026-09-24 10:40", "Negatif",
                  interp="NEG", enc=e0)
    c.observation("kultur1", cc((LOINC, "600-7", "Bacteria identified in Blood by Culture"), text="Kultur darah"),
                  "2026-09-24 11:00", "Tidak ada pertumbuhan kuman setelah inkubasi 5 hari", interp="N", enc=e1,
                  issued="2026-09-29 14:00")
    c.med_admin("adm-ceftri", obat("OB-0221", "Seftriakson 1 g injeksi", ("J01DD04", "ceftriaxone")), "2026-09-24 14:00",
                "2026-09-28 14:00", dose_text="2 g IV sekali sehari selama 5 hari", route=cc((SCT, "47625008", "Intravenous route")),
                enc=e1, reason=[fever])
    c.med_request("rx-cefix", obat("OB-0224", "Sefiksim 100 mg kapsul", ("J01DD08", "cefixime")), "2026-09-30 10:30",
                  "2 x 200 mg selama 7 hari", status="completed", requester=pd, enc=e1, reason_ref=typh, category="discharge")
    note(c, "doc-resume", "resume", "2026-09-30 11:00", """
RESUME MEDIS PULANG - Rawat Inap 24/09/2026 s.d. 30/09/2026
Keluhan utama: demam 6 hari, naik turun terutama sore-malam, mual, nyeri kepala.
Pemeriksaan penunjang: Hb 11,9, leukosit 4.100, trombosit 168.000. SGOT/SGPT 62/55. Widal O 1/320, H 1/160. NS1 negatif. Kultur darah: tidak tumbuh.
Diagnosis utama: Demam tifoid (A01.0).
Terapi: seftriakson 2 g IV 5 hari. Bebas demam hari ke-4 perawatan.
Kondisi pulang: perbaikan. Obat pulang: sefiksim 2x200 mg 7 hari, parasetamol k/p.
Kontrol poli penyakit dalam bila demam berulang.
dr. Siti Rahmawati, Sp.PD
""", pd, e1)

    e2 = c.encounter("enc-rj1", "AMB", "2026-10-20 09:00", "2026-10-20 09:35", typ=jenis("RJ"), pract=pd, provider=rs,
                     reason=fever, identifier=sep("1108R0011026V006618"))
    c.vitals("v-1020", "2026-10-20 09:05", temp=38.6, hr=104, weight=47, enc=e2)
    c.labs("lab-1020", "2026-10-20 08:00", [("hb", 9.8), ("wbc", 2.9), ("plt", 118), ("esr", 68), ("ldh", 540)], enc=e2, performer=rs)
    c.observation("kultur2", cc((LOINC, "600-7", "Bacteria identified in Blood by Culture"), text="Kultur darah"),
                  "2026-10-20 08:10", "Tidak ada pertumbuhan kuman setelah inkubasi 5 hari", interp="N", enc=e2,
                  issued="2026-10-25 13:00")
    c.med_request("rx-cipro", obat("OB-0230", "Siprofloksasin 500 mg tablet", ("J01MA02", "ciprofloxacin")), "2026-10-20 09:30",
                  "2 x 500 mg selama 10 hari", status="completed", requester=pd, enc=e2, reason_ref=typh, category="outpatient")
    note(c, "doc-1020", "cppt", "2026-10-20 09:35", """
CPPT Poli Penyakit Dalam - 20/10/2026
S: Demam lagi sejak ± 10 hari, terutama malam, disertai keringat malam. BB turun dari 52 kg jadi 47 kg sejak September. Nafsu makan turun.
O: T 38,6 C, N 104. Konjungtiva anemis. Hepar tidak teraba, lien S1. Hb 9,8, leukosit 2.900, trombosit 118.000, LED 68, LDH 540. Kultur darah ulang: tidak tumbuh.
A: Demam tifoid relaps (A01.0).
P: Siprofloksasin 2x500 mg 10 hari. Parasetamol 3x500 mg k/p. Kontrol 4 minggu.
dr. Siti Rahmawati, Sp.PD
""", pd, e2)

    e3 = c.encounter("enc-rj2", "AMB", "2026-11-17 09:15", "2026-11-17 10:00", typ=jenis("RJ"), pract=pd, provider=rs,
                     reason=fever, identifier=sep("1108R0011126V004127"), diagnoses=[(typh, "billing")])
    c.vitals("v-1117", "2026-11-17 09:20", temp=38.4, hr=100, weight=45, enc=e3)
    c.labs("lab-1117", "2026-11-17 08:00", [("hb", 9.1), ("wbc", 2.4), ("plt", 96), ("ldh", 610)], enc=e3, performer=rs,
           report="Hematologi 17-11-2026", conclusion="Pansitopenia, LDH meningkat.")
    c.report("usg-abd", icd9("88.76", "Diagnostic ultrasound of abdomen and retroperitoneum", "USG Abdomen"), "2026-11-17 09:45",
             conclusion="Splenomegali (panjang lien 15,2 cm), homogen. Tampak beberapa pembesaran kelenjar getah bening paraaorta, terbesar 1,8 cm. Hepar ukuran normal, tidak tampak lesi fokal. Tidak ada asites.",
             cat=cc((V20074, "RAD", "Radiology")), enc=e3, performer=rad)
    c.observation("kgb", cc((SCT, "30746006", "Lymphadenopathy"), text="Pemeriksaan kelenjar getah bening"), "2026-11-17 09:30",
                  "KGB colli sinistra dan supraklavikula kiri multipel, diameter terbesar 2 cm, kenyal, tidak nyeri, tidak melekat",
                  cat="exam", enc=e3, performer=pd, interp="A")
    note(c, "doc-1117", "cppt", "2026-11-17 10:00", """
CPPT Poli Penyakit Dalam - 17/11/2026
S: Demam masih hilang timbul walau sudah 2x kursus antibiotik, keringat malam, lemas. BB 45 kg (awal 52 kg). Ada benjolan di leher kiri sejak 2 minggu.
O: T 38,4 C. KGB colli kiri & supraklavikula kiri multipel, 2 cm, tidak nyeri. Lien S2.
   Lab: Hb 9,1; leukosit 2.400; trombosit 96.000; LDH 610. USG abdomen: splenomegali 15,2 cm, limfadenopati paraaorta.
A: Demam tifoid (A01.0) - observasi respon terapi.
P: Parasetamol k/p. Observasi demam di rumah. Kontrol 2 minggu.
dr. Siti Rahmawati, Sp.PD
""", pd, e3)
    return c


# =====================================================================================
def b03(c):
    """Three-vessel coronary disease after NSTEMI; CABG booked, Procedure in preparation."""
    rs = setup(c, "Hartono", ["Budi"], "male", "1964-08-19", "3327061908640001", "0001104520813",
               "Jl. Merpati No. 21", ("jp", "btkv", "pd"), klass=("PPU", "Pekerja Penerima Upah", "1"), phone="+62 811 2854 330",
               village="Bukit Asri Kota")
    jp, btkv, pd = P(c, "jp"), P(c, "btkv"), P(c, "pd")
    cad = c.condition("cond-pjk", icd("I25.1", "Atherosclerotic heart disease", ("53741008", "Coronary arteriosclerosis")),
                      onset="2026-08-14", recorded="2026-08-14", asserter=jp, note="Penyakit jantung koroner 3 pembuluh (3VD), SYNTAX score 33.")
    nstemi = c.condition("cond-nstemi", icd("I21.4", "Acute subendocardial myocardial infarction"), onset="2026-08-14",
                         recorded="2026-08-14", clinical="resolved", abate="2026-09-14", cat="encounter-diagnosis", asserter=jp)
    dm = c.condition("cond-dm", icd("E11.9", "Type 2 diabetes mellitus without complications", ("44054006", "Diabetes mellitus type 2")),
                     onset="2017", recorded="2026-08-14")
    c.condition("cond-ht", icd("I10", "Essential (primary) hypertension"), onset="2015", recorded="2026-08-14")
    c.condition("cond-dl", icd("E78.2", "Mixed hyperlipidaemia"), onset="2017", recorded="2026-08-14")
    e1 = c.encounter("enc-ri", "IMP", "2026-08-14 22:40", "2026-08-19 10:00", typ=jenis("RI"), pract=jp, provider=rs, priority="EM",
                     admit=("emd", "From accident/emergency department"), discharge=("home", "Home"), diagnoses=[(nstemi, "DD"), (dm, "CM")],
                     reason=cc((SCT, "29857009", "Chest pain"), text="Nyeri dada kiri menjalar ke lengan, 3 jam"),
                     identifier=sep("1108R0010826V001934"), location_text="ICCU")
    c.lab("trop-0814", "trop", "2026-08-14 23:10", 1840, enc=e1, performer=rs)
    c.observation("ekg-0814", cc((LOINC, "11524-6", "EKG study"), text="EKG 12 lead"), "2026-08-14 22:50",
                  "Sinus rhythm 98x/mnt, ST depresi 1-2 mm di V4-V6, I, aVL", cat="procedure", interp="A", enc=e1)
    note(c, "doc-resume", "resume", "2026-08-19 10:00", """
RESUME MEDIS PULANG - ICCU/Rawat Inap 14/08/2026 s.d. 19/08/2026
Diagnosis: NSTEMI (I21.4), DM tipe 2, hipertensi, dislipidemia.
Terapi: DAPT (aspirin + klopidogrel), fondaparinux, atorvastatin 40 mg, bisoprolol, ramipril, ISDN. Nyeri dada tidak berulang.
Echocardiography: LVEF 45%, hipokinetik anterior dan inferior.
Rencana: angiografi koroner elektif.
dr. Bambang Sutrisno, Sp.JP
""", jp, e1)
    e2 = c.encounter("enc-cath", "SS", "2026-10-07 07:00", "2026-10-07 16:00", typ=jenis("RI"), pract=jp, provider=rs,
                     reason=cc((SCT, "53741008", "Coronary arteriosclerosis")), priority="EL", identifier=sep("1108R0011026V000812"),
                     cls_display="short stay")
    cath = c.procedure("cag", icd9("88.56", "Coronary arteriography using two catheters", "Angiografi koroner (Judkins)"),
                       performed="2026-10-07 09:00", performer=jp, enc=e2, reason_ref=[cad],
                       outcome=txt("3VD: LM 30%, LAD proksimal 90%, LCx-OM1 80%, RCA mid 95%. SYNTAX score 33."))
    c.report("echo", icd9("88.72", "Diagnostic ultrasound of heart", "Echocardiography transthoracal"), "2026-10-07 14:00",
             conclusion="LVEF 45% (Simpson), hipokinetik segmen anterior dan inferior. MR ringan. Katup lain baik.",
             cat=cc((V20074, "CUS", "Cardiac Ultrasound")), enc=e2, performer=jp)
    e3 = c.encounter("enc-ht", "AMB", "2026-10-21 13:00", "2026-10-21 14:00", typ=jenis("RJ"), pract=[jp, btkv], provider=rs,
                     reason=cc((SCT, "53741008", "Coronary arteriosclerosis"), text="Heart team meeting"), identifier=sep("1108R0011026V003348"))
    note(c, "doc-heartteam", "konsul", "2026-10-21 14:00", """
NOTULEN HEART TEAM - 21/10/2026
Pasien Tn. Budi Hartono, 62 th. Post NSTEMI 08/2026. DM tipe 2, HT, dislipidemia.
Angiografi 07/10/2026: 3VD (LAD proksimal 90%, LCx-OM1 80%, RCA 95%), LM 30%. SYNTAX score 33. LVEF 45%.
Kesimpulan: revaskularisasi bedah lebih dianjurkan dibanding PCI (3VD + DM, SYNTAX > 22).
Rekomendasi: CABG 3 graft (LIMA-LAD, SVG-OM1, SVG-RCA) on-pump. Jadwal operasi 15/12/2026. Stop klopidogrel 5 hari sebelum operasi.
Persiapan: doppler karotis, spirometri, konsul gigi, lab pre-operasi. Pasien dan keluarga setuju, informed consent akan ditandatangani saat rawat inap.
dr. Bambang Sutrisno, Sp.JP; dr. I Made Suardana, Sp.BTKV
""", btkv, e3)
    sr = c.service_request("sr-cabg", cc((ICD9CM, "36.13", "(Aorto)coronary bypass of three coronary arteries"),
                                         (SCT, "232717009", "Coronary artery bypass grafting"), text="CABG 3 graft (LIMA-LAD, SVG-OM1, SVG-RCA)"),
                           "2026-10-21 14:00", status="active", intent="order", requester=btkv, performer=btkv, occurrence="2026-12-15",
                           reason_ref=[cad], enc=e3, category=cc((SCT, "387713003", "Surgical procedure")))
    c.procedure("cabg", cc((ICD9CM, "36.13", "(Aorto)coronary bypass of three coronary arteries"),
                           (SCT, "232717009", "Coronary artery bypass grafting"), text="CABG 3 graft"),
                status="preparation", based_on=[sr], performer=btkv, reason_ref=[cad],
                note="Terjadwal 15/12/2026 di OK Jantung. Status: persiapan pre-operasi.")
    c.report("doppler", icd9("88.77", "Diagnostic ultrasound of peripheral vascular system", "Doppler karotis"), "2026-11-04 10:00",
             conclusion="Plak kalsifikasi minimal di bulbus karotis bilateral, stenosis < 30%. Tidak signifikan.",
             cat=cc((V20074, "RAD", "Radiology")), performer=P(c, "jp"))
    c.report("spiro", icd9("89.37", "Vital capacity determination", "Spirometri"), "2026-11-04 11:00",
             conclusion="FEV1 88% prediksi, FVC 91% prediksi, FEV1/FVC 0,78. Faal paru normal.", cat=cc((V20074, "OTH", "Other")))
    c.labs("lab-preop", "2026-11-18 08:00", [("hb_m", 13.8), ("hba1c", 7.4), ("creat", 1.0), ("egfr", 82), ("k", 4.3),
                                              ("inr", 1.0), ("ldl", 78)], enc=None, performer=rs, report="Lab pre-operasi CABG")
    for key, code, text, atc, dose in [
        ("ms-asa", "OB-0501", "Asam asetilsalisilat 80 mg tablet", ("B01AC06", "acetylsalicylic acid"), "1 x 80 mg"),
        ("ms-clop", "OB-0503", "Klopidogrel 75 mg tablet", ("B01AC04", "clopidogrel"), "1 x 75 mg (stop 10/12/2026)"),
        ("ms-ator", "OB-0520", "Atorvastatin 40 mg tablet", ("C10AA05", "atorvastatin"), "1 x 40 mg malam"),
        ("ms-biso", "OB-0530", "Bisoprolol 5 mg tablet", ("C07AB07", "bisoprolol"), "1 x 5 mg"),
        ("ms-rami", "OB-0541", "Ramipril 5 mg tablet", ("C09AA05", "ramipril"), "1 x 5 mg"),
        ("ms-metf", "OB-0601", "Metformin 500 mg tablet", ("A10BA02", "metformin"), "3 x 500 mg")]:
        c.med_statement(key, obat(code, text, atc), "active", start="2026-08-19", dosage=dose, asserted="2026-11-18")
    return c


# =====================================================================================
def b04(c):
    """Cervical cancer FIGO IVB with renal failure and ECOG 3: no specific therapy possible, palliative referral."""
    rs = setup(c, "Suryani", ["Sri"], "female", "1972-02-14", "3327065402720003", "0000932184409",
               "Dusun Sidorejo RT 01/RW 02", ("og", "pal", "pa", "rad", "pkm"), pkm=True, village="Sidorejo",
               phone="+62 852 2790 4416")
    og, pal, pa, rad, pkm = P(c, "og"), P(c, "pal"), P(c, "pa"), P(c, "rad"), P(c, "pkm")
    e0 = c.encounter("enc-pkm", "AMB", "2026-08-28 08:00", "2026-08-28 08:30", typ=jenis("PKM"), pract=pkm,
                     provider=c.ref("Organization", "org-pkm"),
                     reason=cc(text="Perdarahan pervaginam setelah berhubungan, keputihan berbau"))
    sr0 = c.service_request("sr-rujuk", cc((SCT, "306206005", "Referral to service"), text="Rujukan ke Poli Kandungan RSUD"),
                            "2026-08-28 08:30", status="completed", requester=pkm, performer=rs, enc=e0)
    note(c, "doc-rujuk", "rujukan", "2026-08-28 08:30", """
SURAT RUJUKAN - Puskesmas Sidorejo
Kepada Yth. dokter Spesialis Obstetri Ginekologi RSUD Sekar Wangi.
Ny. Sri Suryani, 54 th, P4A0. Keluhan: perdarahan pervaginam setelah berhubungan sejak 3 bulan, keputihan berbau, nyeri pinggang, BB turun. Pemeriksaan IVA: positif, tampak massa rapuh mudah berdarah di porsio.
Mohon evaluasi dan tatalaksana lebih lanjut.
dr. Agus Salim
""", pkm, e0, custodian="org-pkm")
    e1 = c.encounter("enc-rj1", "AMB", "2026-09-03 10:00", "2026-09-03 11:00", typ=jenis("RJ"), pract=og, provider=rs, based_on=[sr0],
                     reason=cc(text="Perdarahan pervaginam, massa serviks"), identifier=sep("1108R0010926V000508"))
    c.procedure("biopsi", icd9("67.12", "Other cervical biopsy", "Biopsi serviks"), performed="2026-09-03 10:40", performer=og, enc=e1,
                outcome=txt("Massa eksofitik serviks ± 6 cm, rapuh, meluas ke forniks dan parametrium kanan-kiri sampai dinding panggul."))
    c.report("pa-biopsi", cc((LOINC, "11526-1", "Pathology study"), text="Histopatologi biopsi serviks"), "2026-09-10",
             conclusion="Karsinoma sel skuamosa berkeratin, diferensiasi sedang, invasif.", cat=cc((V20074, "SP", "Surgical Pathology")),
             performer=pa)
    ca = c.condition("cond-caserviks", icd("C53.9", "Malignant neoplasm of cervix uteri, unspecified",
                                           ("363354003", "Malignant tumor of cervix")),
                     onset="2026-09-10", recorded="2026-09-10", asserter=og,
                     stage=cc(text="FIGO 2018 stadium IVB (metastasis paru, KGB paraaorta)"))
    c.report("ct", icd9("88.01", "Computerized axial tomography of abdomen", "CT scan toraks-abdomen-pelvis dengan kontras"),
             "2026-09-15 13:00", conclusion="Massa serviks 6,2 cm infiltrasi parametrium bilateral sampai dinding panggul, hidronefrosis bilateral grade III. Limfadenopati iliaka dan paraaorta. Nodul multipel kedua paru (terbesar 2,4 cm) - metastasis.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rad)
    c.condition("cond-mets", icd("C78.0", "Secondary malignant neoplasm of lung"), onset="2026-09-15", recorded="2026-09-15", asserter=og)
    aki = c.condition("cond-ginjal", icd("N13.1", "Hydronephrosis with ureteral stricture, not elsewhere classified"),
                      onset="2026-09-15", recorded="2026-09-15", note="Hidronefrosis bilateral karena infiltrasi tumor; kreatinin 3,4 mg/dL.")
    e2 = c.encounter("enc-rj2", "AMB", "2026-10-26 09:00", "2026-10-26 10:30", typ=jenis("RJ"), pract=[og, pal], provider=rs,
                     reason=cc((SCT, "363354003", "Malignant tumor of cervix"), text="Rapat tim onkologi"), identifier=sep("1108R0011026V007702"))
    c.labs("lab-1026", "2026-10-26 08:00", [("hb", 8.6), ("creat", 3.4), ("urea", 112), ("alb", 2.8), ("k", 5.2)], enc=e2,
           performer=rs, report="Lab 26-10-2026")
    c.observation("ecog", cc((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG performance status"),
                  "2026-10-26 09:10", 3, cat="survey", enc=e2, performer=og)
    c.procedure("transfusi", icd9("99.04", "Transfusion of packed cells", "Transfusi PRC 2 kolf"), performed="2026-10-26 13:00",
                enc=e2, reason=[cc(text="Anemia (Hb 8,6) dengan perdarahan pervaginam")])
    c.impression("ci-tim", "2026-10-26 10:20",
                 "Karsinoma serviks stadium IVB dengan metastasis paru, hidronefrosis bilateral dengan gangguan fungsi ginjal berat, ECOG 3, hipoalbuminemia. Tidak ada pilihan terapi spesifik yang dapat diberikan.",
                 assessor=og, enc=e2, problems=[ca, aki], prognosis=cc(text="Prognosis buruk (survival diperkirakan dalam hitungan minggu sampai bulan)"))
    pal_sr = c.service_request("sr-paliatif", cc((SCT, "103735009", "Palliative care"), text="Rujukan ke Tim Paliatif RSUD"),
                               "2026-10-26 10:30", status="active", intent="order", requester=og, performer=pal, enc=e2,
                               reason_ref=[ca], note="Best supportive care. Kunjungan rumah oleh tim paliatif.")
    note(c, "doc-tim", "konsul", "2026-10-26 10:30", """
HASIL RAPAT TIM ONKOLOGI GINEKOLOGI - 26/10/2026
Pasien Ny. Sri Suryani, 54 th. Diagnosis: karsinoma sel skuamosa serviks, FIGO IVB (metastasis paru bilateral, KGB paraaorta), hidronefrosis bilateral.
Kondisi: ECOG 3, kreatinin 3,4 mg/dL, ureum 112, albumin 2,8 g/dL, Hb 8,6 g/dL.
Pembahasan: kemoterapi berbasis platinum tidak dapat diberikan karena gangguan fungsi ginjal berat dan status performa buruk. Kemoradiasi kuratif tidak diindikasikan pada stadium IVB. Keluarga menolak nefrostomi setelah dijelaskan manfaat dan risikonya.
Kesimpulan: tidak ada pilihan terapi spesifik anti-kanker. Tatalaksana: best supportive care - transfusi PRC, analgetik, perawatan luka/perdarahan.
Rencana: rujuk Tim Paliatif RSUD, home care paliatif. Edukasi keluarga tentang prognosis sudah dilakukan.
dr. Dewi Lestari, Sp.OG(K)Onk; dr. Ratih Puspitasari, Sp.PD-KHOM
""", og, e2)
    c.med_request("rx-kodein", obat("OB-0711", "Kodein 10 mg tablet", ("R05DA04", "codeine")), "2026-10-26 10:25",
                  "3 x 10 mg", requester=pal, enc=e2, category="outpatient", reason_ref=ca, based_on=[pal_sr])
    c.med_request("rx-pct", obat("OB-0701", "Parasetamol 500 mg tablet", ("N02BE01", "paracetamol")), "2026-10-26 10:25",
                  "3 x 500 mg", requester=pal, enc=e2, category="outpatient")
    c.med_request("rx-asamtranek", obat("OB-0450", "Asam traneksamat 500 mg tablet", ("B02AA02", "tranexamic acid")),
                  "2026-10-26 10:25", "3 x 500 mg bila perdarahan", requester=og, enc=e2, category="outpatient")
    e3 = c.encounter("enc-home", "HH", "2026-11-12 10:00", "2026-11-12 11:00", typ=cc((KUNJ, "HC-PAL", "Home care paliatif"),
                     text="Kunjungan rumah Tim Paliatif"), pract=pal, provider=rs, based_on=[pal_sr])
    note(c, "doc-home", "cppt", "2026-11-12 11:00", """
CPPT Home Care Paliatif - 12/11/2026
S: Nyeri pinggang dan panggul skala 5/10 dengan kodein, perdarahan sedikit, makan sedikit. Keluarga merawat di rumah.
O: Lemah, terbaring sebagian besar hari (ECOG 3-4). TD 100/60, N 104.
A: Ca serviks IVB, fase paliatif. Tidak ada terapi anti-kanker.
P: Lanjut analgetik, edukasi perawatan luka vagina, dukungan psikososial dan spiritual. Kunjungan ulang 2 minggu.
dr. Ratih Puspitasari, Sp.PD-KHOM
""", pal, e3)
    return c


# =====================================================================================
def b05(c):
    """End-stage kidney disease presenting late; haemodialysis started in September and continuing twice weekly."""
    rs = setup(c, "Saputra", ["Andi"], "male", "1979-04-03", "3327060304790006", "0001876602145",
               "Jl. Kenanga Gg. 3 No. 8", ("igd", "kgh", "btkv", "rad"), klass=("PBPU", "Pekerja Bukan Penerima Upah", "2"),
               phone="+62 878 3012 6654", village="Tegalsari")
    igd, kgh, btkv, rad = P(c, "igd"), P(c, "kgh"), P(c, "btkv"), P(c, "rad")
    ckd = c.condition("cond-ckd5", icd("N18.5", "Chronic kidney disease, stage 5", ("433146000", "Chronic kidney disease stage 5")),
                      onset="2026-09-21", recorded="2026-09-21", asserter=kgh)
    c.condition("cond-htrenal", icd("I12.0", "Hypertensive renal disease with renal failure"), onset="2018", recorded="2026-09-21",
                note="Riwayat hipertensi sejak ± 2018, tidak berobat teratur.")
    c.condition("cond-anemia", icd("D63.8", "Anaemia in other chronic diseases classified elsewhere"), onset="2026-09-21",
                recorded="2026-09-21", note="Anemia renal.")
    e0 = c.encounter("enc-igd", "EMER", "2026-09-21 19:30", "2026-09-21 23:00", typ=jenis("IGD"), pract=igd, provider=rs, priority="EM",
                     reason=cc((SCT, "267036007", "Dyspnea"), text="Sesak napas, mual muntah, bengkak kedua kaki 2 minggu"))
    c.vitals("v-igd", "2026-09-21 19:35", bp=(192, 112), hr=108, rr=28, spo2=92, enc=e0)
    c.labs("lab-igd", "2026-09-21 20:00", [("hb_m", 7.9), ("creat", 11.8), ("urea", 240), ("k", 6.1), ("na", 131), ("hco3", 14),
                                           ("egfr", 5)], enc=e0, performer=rs, report="Lab IGD 21-09-2026",
           conclusion="Azotemia berat, hiperkalemia, asidosis metabolik, anemia.")
    e1 = c.encounter("enc-ri", "IMP", "2026-09-21 23:00", "2026-09-29 11:00", typ=jenis("RI"), pract=kgh, provider=rs,
                     admit=("emd", "From accident/emergency department"), discharge=("home", "Home"), diagnoses=[(ckd, "DD")],
                     identifier=sep("1108R0010926V006023"), reason=cc((SCT, "433146000", "Chronic kidney disease stage 5")))
    c.report("usg-ginjal", icd9("88.76", "Diagnostic ultrasound of abdomen and retroperitoneum", "USG ginjal"), "2026-09-22 09:00",
             conclusion="Kedua ginjal mengecil (kanan 8,1 cm, kiri 7,9 cm), ekogenisitas korteks meningkat, batas korteks-medula tidak jelas: sesuai penyakit ginjal kronik. Tidak tampak hidronefrosis.",
             cat=cc((V20074, "RAD", "Radiology")), enc=e1, performer=rad)
    c.procedure("cdl-fem", icd9("38.95", "Venous catheterization for renal dialysis", "Pemasangan kateter double lumen femoral"),
                performed="2026-09-21 23:30", performer=kgh, enc=e1, reason_ref=[ckd])
    hd_sr = c.service_request("sr-hd", cc((ICD9CM, "39.95", "Hemodialysis"), (SCT, "302497006", "Hemodialysis"),
                                         text="Program hemodialisis reguler 2x/minggu (Selasa-Jumat)"),
                              "2026-09-29 10:00", status="active", intent="order", requester=kgh, enc=e1, reason_ref=[ckd],
                              occurrence=("2026-10-02", "2027-09-30"),
                              category=cc((SCT, "108241001", "Dialysis procedure"), text="Dialisis"))
    for i, d in enumerate(["2026-09-22 01:00", "2026-09-24 09:00", "2026-09-26 09:00"], 1):
        c.procedure(f"hd-init{i}", icd9("39.95", "Hemodialysis", f"Hemodialisis inisiasi ke-{i}"), performed=d, performer=kgh, enc=e1,
                    reason_ref=[ckd])
    c.procedure("cdl-jug", icd9("38.95", "Venous catheterization for renal dialysis", "Pemasangan CDL tunneled vena jugularis interna kanan"),
                performed="2026-09-28 10:00", performer=kgh, enc=e1, reason_ref=[ckd])
    note(c, "doc-edukasi", "edukasi", "2026-09-27 11:00", """
CATATAN EDUKASI - 27/09/2026
Telah dijelaskan kepada pasien dan istri (Ny. Rini) bahwa fungsi ginjal tinggal ± 5% dan bersifat permanen (penyakit ginjal kronik stadium 5).
Pilihan terapi pengganti ginjal: hemodialisis (HD), CAPD, dan transplantasi ginjal. Pasien dan keluarga memilih HD rutin 2x/minggu di RSUD, ditanggung BPJS.
Dampak: jadwal HD tetap 2x seminggu @ 4-5 jam, pembatasan cairan (± 600 mL/hari + urin), diet rendah kalium dan fosfat, pasien harus mengurangi jam kerja (sopir angkutan).
Pasien menyatakan mengerti dan setuju. Rencana pembuatan AV shunt.
dr. Yusuf Hidayat, Sp.PD-KGH
""", kgh, e1)
    note(c, "doc-resume", "resume", "2026-09-29 11:00", """
RESUME MEDIS PULANG - 21/09/2026 s.d. 29/09/2026
Diagnosis: CKD stadium 5 ec susp. nefropati hipertensi (N18.5, I12.0), anemia renal, hiperkalemia, asidosis metabolik.
Tindakan: pemasangan CDL femoral (21/09), HD inisiasi 3x (22, 24, 26/09), CDL tunneled jugularis kanan (28/09).
Kondisi pulang: sesak berkurang, edema berkurang, TD 158/92. Ureum 96, kreatinin 6,2 post HD.
Rencana: HD reguler 2x/minggu mulai 02/10/2026. Konsul bedah vaskular untuk AV shunt. Eritropoietin tiap HD.
dr. Yusuf Hidayat, Sp.PD-KGH
""", kgh, e1)
    c.procedure("avf", icd9("39.27", "Arteriovenostomy for renal dialysis", "Pembuatan AV fistula radiosefalika kiri"),
                performed="2026-11-03 10:00", performer=btkv, reason_ref=[ckd],
                note="Thrill (+), bruit (+). Maturasi 6-8 minggu sebelum dipakai.")
    c.careplan("cp-hd", "Program hemodialisis reguler", "active", "plan",
               cc((SCT, "302497006", "Hemodialysis"), text="Terapi pengganti ginjal"), "2026-10-02", addresses=[ckd], author=kgh,
               description="HD 2x/minggu, 4,5 jam, Qb 250 mL/mnt, dializat bikarbonat, heparin standar. Target BB kering 61 kg. EPO 3000 IU SC tiap HD. Evaluasi Kt/V dan lab tiap bulan.")
    for i, d in enumerate(["2026-11-24 07:00", "2026-11-27 07:00"], 1):
        e = c.encounter(f"enc-hd{i}", "AMB", d, d[:11] + "12:00", typ=jenis("HD"), pract=kgh, provider=rs, based_on=[hd_sr],
                        identifier=sep(f"1108R00111260V0{8810 + i}"))
        c.procedure(f"hd-rutin{i}", icd9("39.95", "Hemodialysis", "Hemodialisis reguler"), performed=(d, d[:11] + "11:45"),
                    performer=kgh, enc=e, reason_ref=[ckd], based_on=[hd_sr])
        c.med_admin(f"adm-epo{i}", obat("OB-0910", "Epoetin alfa 3000 IU injeksi", ("B03XA01", "erythropoietin")), d[:11] + "11:30",
                    dose_text="3000 IU subkutan post HD", route=cc((SCT, "34206005", "Subcutaneous route")), enc=e)
    c.labs("lab-1124", "2026-11-24 07:00", [("hb_m", 9.4), ("urea", 148), ("creat", 9.6), ("k", 5.0), ("phos", 5.8), ("ca", 8.4)],
           enc=c.ref("Encounter", "enc-hd1"), performer=rs, report="Lab bulanan HD November 2026")
    c.med_statement("ms-amlo", obat("OB-0107", "Amlodipin 10 mg tablet", ("C08CA01", "amlodipine")), "active", start="2026-09-29",
                    dosage="1 x 10 mg", asserted="2026-11-24")
    c.med_statement("ms-caco3", obat("OB-0940", "Kalsium karbonat 500 mg tablet", ("A12AA04", "calcium carbonate")), "active",
                    start="2026-09-29", dosage="3 x 500 mg bersama makan", asserted="2026-11-24")
    return c


# =====================================================================================
def b06(c):
    """Type 2 diabetes with painful neuropathy; the patient writes asking for a second opinion."""
    rs = setup(c, "Gunawan", ["Joko"], "male", "1966-01-30", "3327063001660002", "0001590471328",
               "Jl. Cendana No. 44", ("pd",), klass=("PPU", "Pekerja Penerima Upah - Pensiunan PNS", "1"), phone="+62 812 2650 7791",
               village="Bukit Asri Kota")
    pd = P(c, "pd")
    dm = c.condition("cond-dm", icd("E11.4", "Type 2 diabetes mellitus with neurological complications",
                                    ("44054006", "Diabetes mellitus type 2")),
                     onset="2018", recorded="2018-04-02", asserter=pd, note="Neuropati perifer diabetik kedua kaki (parestesia, rasa terbakar).")
    c.condition("cond-ht", icd("I10", "Essential (primary) hypertension"), onset="2016", recorded="2018-04-02")
    c.condition("cond-dl", icd("E78.0", "Pure hypercholesterolaemia"), onset="2018", recorded="2018-04-02")
    e1 = c.encounter("enc-rj1", "AMB", "2026-06-15 09:00", "2026-06-15 09:20", typ=jenis("RJ"), pract=pd, provider=rs,
                     reason=cc((SCT, "44054006", "Diabetes mellitus type 2"), text="Kontrol DM"), identifier=sep("1108R0010626V002281"))
    c.labs("lab-0615", "2026-06-15 07:30", [("hba1c", 9.2), ("glucose", 188), ("creat", 1.0)], enc=e1, performer=rs)
    e2 = c.encounter("enc-rj2", "AMB", "2026-09-14 09:00", "2026-09-14 09:15", typ=jenis("RJ"), pract=pd, provider=rs,
                     reason=cc((SCT, "44054006", "Diabetes mellitus type 2"), text="Kontrol DM, keluhan kaki kesemutan"),
                     identifier=sep("1108R0010926V003390"))
    note(c, "doc-0914", "cppt", "2026-09-14 09:15", """
CPPT Poli Penyakit Dalam - 14/09/2026
S: Kaki kesemutan dan terasa panas terutama malam, tidur terganggu. Minum obat teratur.
O: TD 142/86. Monofilamen: sensasi menurun di kedua telapak kaki. Tidak ada ulkus.
A: DM tipe 2 dengan neuropati perifer. HT.
P: Lanjut metformin, glimepirid. Tambah mekobalamin 3x500 mcg. Kontrol 2 bulan, cek HbA1c.
dr. Siti Rahmawati, Sp.PD
""", pd, e2)
    e3 = c.encounter("enc-rj3", "AMB", "2026-11-09 09:00", "2026-11-09 09:20", typ=jenis("RJ"), pract=pd, provider=rs,
                     reason=cc((SCT, "44054006", "Diabetes mellitus type 2"), text="Kontrol DM"), identifier=sep("1108R0011126V001877"))
    c.labs("lab-1109", "2026-11-09 07:30", [("hba1c", 9.4), ("glucose", 201), ("creat", 1.1), ("egfr", 74), ("ldl", 112)], enc=e3,
           performer=rs)
    c.vitals("v-1109", "2026-11-09 09:05", bp=(144, 88), weight=71, enc=e3)
    c.observation("monofil", cc((LAB_SYS, "E-MONOF", "Pemeriksaan monofilamen 10 g"), text="Pemeriksaan monofilamen 10 g"),
                  "2026-11-09 09:10", "Sensasi protektif menurun: 4/10 titik tidak terasa kaki kanan, 5/10 kaki kiri", cat="exam",
                  enc=e3, interp="A")
    for key, code, text, atc, dose in [
        ("ms-metf", "OB-0602", "Metformin 850 mg tablet", ("A10BA02", "metformin"), "2 x 850 mg"),
        ("ms-glim", "OB-0610", "Glimepirid 2 mg tablet", ("A10BB12", "glimepiride"), "1 x 2 mg pagi"),
        ("ms-amlo", "OB-0107", "Amlodipin 5 mg tablet", ("C08CA01", "amlodipine"), "1 x 5 mg"),
        ("ms-simva", "OB-0522", "Simvastatin 20 mg tablet", ("C10AA01", "simvastatin"), "1 x 20 mg malam"),
        ("ms-meko", "OB-0815", "Mekobalamin 500 mcg tablet", ("B03BA05", "mecobalamin"), "3 x 500 mcg")]:
        c.med_statement(key, obat(code, text, atc), "active", start="2024-01-01" if key != "ms-meko" else "2026-09-14",
                        dosage=dose, reason_ref=dm if key in ("ms-metf", "ms-glim", "ms-meko") else None, asserted="2026-11-09")
    c.med_request("rx-glargin", obat("OB-0650", "Insulin glargine 100 U/mL pen", ("A10AE04", "insulin glargine")), "2026-11-09 09:18",
                  "10 unit subkutan malam hari, titrasi 2 unit tiap 3 hari sesuai GDP", status="draft", intent="proposal",
                  requester=pd, enc=e3, reason_ref=dm, note="Menunggu persetujuan pasien. Pasien ragu memulai insulin.")
    note(c, "doc-1109", "cppt", "2026-11-09 09:20", """
CPPT Poli Penyakit Dalam - 09/11/2026
S: Kaki masih kesemutan dan panas, belum membaik dengan mekobalamin. Pasien mengeluh setiap kontrol hanya ditambah obat.
O: TD 144/88, BB 71 kg. HbA1c 9,4% (Juni 9,2%). GDP 201. Monofilamen menurun bilateral.
A: DM tipe 2 tidak terkontrol dengan neuropati perifer.
P: Disarankan mulai insulin glargine 10 unit malam. Pasien belum bersedia, ingin pikir dulu. Edukasi hipoglikemia dan perawatan kaki. Kontrol 1 bulan.
dr. Siti Rahmawati, Sp.PD
""", pd, e3)
    msg = c.communication("msg-pasien", "2026-11-12 20:14", c.pt, (
        "Selamat malam Dok. Saya Joko Gunawan, pasien poli penyakit dalam. Terus terang saya merasa keluhan kaki saya yang "
        "kesemutan dan panas sampai tidak bisa tidur tidak pernah benar-benar ditanggapi, setiap kontrol hanya ditambah obat. "
        "Sekarang saya disuruh suntik insulin. Saya ingin minta pendapat kedua (second opinion) dari dokter lain, kalau bisa "
        "dokter saraf atau dokter endokrin, sebelum saya memutuskan. Mohon dibantu surat rujukannya. Terima kasih."),
        recipient=pd, category=cc(text="Pesan pasien melalui aplikasi layanan RSUD"), about=[dm],
        medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data"), text="Aplikasi"),
        received="2026-11-13 07:30")
    c.communication("msg-balas", "2026-11-13 08:05", c.ref("Organization", "org-rs"), (
        "Selamat pagi Bapak Joko. Pesan Bapak sudah kami terima dan kami teruskan ke dr. Siti Rahmawati, Sp.PD. Silakan "
        "dibicarakan kembali saat jadwal kontrol berikutnya di poli penyakit dalam. Terima kasih."),
        recipient=c.pt, in_response_to=[msg], category=cc(text="Balasan admin layanan pasien"))
    return c


# =====================================================================================
def b07(c):
    """Depression: PHQ-9 12 -> 16 -> 20 from May to November while on fluoxetine and CBT throughout."""
    rs = setup(c, "Lestari", ["Ayu"], "female", "1985-06-25", "3327066506850005", "0001744203911",
               "Jl. Flamboyan No. 9", ("kj", "psi", "pkm"), klass=("PPU", "Pekerja Penerima Upah", "2"), pkm=True,
               village="Wonorejo", phone="+62 813 9022 6175")
    kj, psi, pkm = P(c, "kj"), P(c, "psi"), P(c, "pkm")
    e0 = c.encounter("enc-pkm", "AMB", "2026-02-25 09:00", "2026-02-25 09:20", typ=jenis("PKM"), pract=pkm,
                     provider=c.ref("Organization", "org-pkm"), reason=cc(text="Sulit tidur, sedih berkepanjangan, tidak bersemangat mengajar"))
    sr0 = c.service_request("sr-rujuk", cc((SCT, "306206005", "Referral to service"), text="Rujukan ke Poli Jiwa RSUD"),
                            "2026-02-25 09:20", status="completed", requester=pkm, performer=rs, enc=e0)
    note(c, "doc-rujuk", "rujukan", "2026-02-25 09:20", """
SURAT RUJUKAN - Puskesmas Wonorejo
Kepada Yth. dokter Spesialis Kedokteran Jiwa RSUD Sekar Wangi.
Ny. Ayu Lestari, 40 th, guru SD. Keluhan sulit tidur, sedih, tidak bersemangat, mudah menangis, sulit konsentrasi sejak ± 3 bulan setelah ibu meninggal. Skrining PHQ-9 di puskesmas: 16.
Tidak ada ide bunuh diri. Mohon evaluasi dan tatalaksana.
dr. Agus Salim
""", pkm, e0, custodian="org-pkm")
    mdd = c.condition("cond-depresi", icd("F32.1", "Moderate depressive episode", ("370143000", "Major depressive disorder")),
                      onset="2025-11", recorded="2026-03-02", asserter=kj)
    phq = [("2026-03-02", 15, None), ("2026-05-04", 12, None), ("2026-06-08", 13, None), ("2026-08-10", 16, None),
           ("2026-11-09", 20, None)]
    encs = {}
    for i, (d, score, _) in enumerate(phq, 1):
        e = c.encounter(f"enc-kj{i}", "AMB", f"{d} 10:00", f"{d} 10:30", typ=jenis("RJ"), pract=kj, provider=rs,
                        reason=cc((SCT, "370143000", "Major depressive disorder"), text="Kontrol depresi"),
                        based_on=[sr0] if i == 1 else None, identifier=sep(f"1108R001{d[5:7]}26V00{4400 + i}"))
        encs[i] = e
        c.observation(f"phq9-{i}", cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
                                      text="PHQ-9 skor total"), f"{d} 10:05", score, cat="survey", enc=e,
                      note="Item 9 (pikiran lebih baik mati/menyakiti diri): 0" if i == 5 else None)
    flx20 = obat("OB-1201", "Fluoksetin 20 mg kapsul", ("N06AB03", "fluoxetine"))
    c.med_request("rx-flx20", flx20, "2026-03-02 10:25", "1 x 20 mg pagi", status="stopped", requester=kj, enc=encs[1],
                  reason_ref=mdd, category="outpatient", course="continuous", note="Dosis dinaikkan 08/06/2026.")
    c.med_request("rx-flx40", flx20, "2026-06-08 10:25", "1 x 40 mg (2 kapsul) pagi", requester=kj, enc=encs[3], reason_ref=mdd,
                  category="outpatient", course="continuous")
    c.med_statement("ms-flx", flx20, "active", start="2026-03-02", dosage="20 mg/hari (03-06/2026), 40 mg/hari sejak 08/06/2026",
                    reason_ref=mdd, asserted="2026-11-09",
                    note="Kepatuhan baik: obat diambil tiap bulan di apotek RS, konfirmasi suami; tidak ada dosis terlewat yang berarti.")
    for i, d in enumerate(["2026-03-16", "2026-04-20", "2026-06-22", "2026-08-24", "2026-10-19"], 1):
        c.procedure(f"cbt-{i}", icd9("94.39", "Other individual psychotherapy", "Cognitive behavioural therapy (CBT) individual"),
                    performed=f"{d} 13:00", performer=psi, reason_ref=[mdd])
    c.lab("tsh", "tsh", "2026-03-02 08:00", 1.8, enc=encs[1], performer=rs)
    note(c, "doc-0810", "cppt", "2026-08-10 10:30", """
CPPT Poli Jiwa - 10/08/2026
S: Mood kembali memburuk sejak Juli, sulit tidur, tidak nafsu makan, izin sakit dari sekolah 1 minggu. Minum fluoksetin 40 mg teratur, ikut CBT (sesi ke-4).
O: Afek depresif, psikomotor lambat. PHQ-9: 16. Tidak ada ide bunuh diri.
A: Episode depresif sedang (F32.1), perburukan dengan terapi.
P: Lanjut fluoksetin 40 mg, lanjut CBT. Kontrol 1 bulan (pasien kemudian kontrol ulang November).
dr. Rina Kusumawati, Sp.KJ
""", kj, encs[4])
    note(c, "doc-1109", "cppt", "2026-11-09 10:30", """
CPPT Poli Jiwa - 09/11/2026
S: Makin sedih dan lelah, hampir tidak bisa mengajar, tidur 3-4 jam, BB turun 3 kg. Obat diminum teratur tiap pagi (dikonfirmasi suami), CBT sudah 5 sesi.
O: Afek depresif berat, kontak mata kurang. PHQ-9: 20 (Mar 15, Mei 12, Jun 13, Agu 16). Item 9: 0, tidak ada ide/rencana bunuh diri.
A: Episode depresif - perburukan bermakna meskipun fluoksetin dosis adekuat (40 mg) > 5 bulan dan psikoterapi.
P: Pertimbangkan switch ke antidepresan golongan lain atau augmentasi. Lanjut CBT. Kontrol 2 minggu. Edukasi keluarga tanda bahaya.
dr. Rina Kusumawati, Sp.KJ
""", kj, encs[5])
    return c


# =====================================================================================
def b08(c):
    """Generalised AChR-positive myasthenia gravis; thoracoscopic thymectomy booked for January 2027."""
    rs = setup(c, "Purnamasari", ["Intan"], "female", "1994-12-09", "3327064912940001", "0002081766350",
               "Perum Bukit Indah Blok F-12", ("n", "btkv", "rad", "pkm"), klass=("PPU", "Pekerja Penerima Upah", "1"),
               pkm=True, village="Bukit Indah", phone="+62 821 3377 4028")
    n, btkv, rad, pkm = P(c, "n"), P(c, "btkv"), P(c, "rad"), P(c, "pkm")
    e0 = c.encounter("enc-pkm", "AMB", "2026-03-16 10:00", "2026-03-16 10:20", typ=jenis("PKM"), pract=pkm,
                     provider=c.ref("Organization", "org-pkm"), reason=cc(text="Kelopak mata kiri turun, pandangan ganda sore hari"))
    sr0 = c.service_request("sr-rujuk", cc((SCT, "306206005", "Referral to service"), text="Rujukan ke Poli Saraf RSUD"),
                            "2026-03-16 10:20", status="completed", requester=pkm, performer=rs, enc=e0)
    e1 = c.encounter("enc-n1", "AMB", "2026-03-20 09:00", "2026-03-20 09:45", typ=jenis("RJ"), pract=n, provider=rs, based_on=[sr0],
                     reason=cc((SCT, "11934000", "Ptosis of eyelid"), text="Ptosis, diplopia, lemah lengan saat aktivitas"),
                     identifier=sep("1108R0010326V002716"))
    c.procedure("rns", icd9("93.08", "Electromyography", "Repetitive nerve stimulation (RNS) dan EMG"), performed="2026-03-27 10:00",
                performer=n, outcome=txt("Decrement 28% pada stimulasi 3 Hz n. facialis dan n. aksilaris. Sesuai gangguan transmisi neuromuskular post-sinaps."))
    c.observation("achr", cc((LAB_SYS, "I-ACHR", "Anti-AChR antibodi"), text="Antibodi reseptor asetilkolin (anti-AChR)"),
                  "2026-03-27 08:00", qty(12.4, "nmol/L"), unit="nmol/L", high=0.45, interp="H",
                  note="Diperiksa di laboratorium rujukan regional.")
    c.report("ct-toraks", icd9("87.41", "Computerized axial tomography of thorax", "CT scan toraks dengan kontras"), "2026-03-30 13:00",
             conclusion="Jaringan timus di mediastinum anterior dengan ketebalan sesuai hiperplasia timus, tidak tampak massa fokal (timoma). Paru dan pleura normal.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rad)
    mg = c.condition("cond-mg", icd("G70.0", "Myasthenia gravis", ("91637004", "Myasthenia gravis")), onset="2026-01",
                     recorded="2026-04-02", asserter=n,
                     severity=cc(text="MGFA class IIb (generalisata, dominan orofaringeal)"),
                     note="Miastenia gravis generalisata, AChR antibodi positif, tanpa timoma (hiperplasia timus).")
    note(c, "doc-n1", "cppt", "2026-04-02 09:40", """
CPPT Poli Saraf - 02/04/2026
S: Ptosis kiri dan diplopia sejak Januari, memburuk sore hari. Sulit menelan makanan padat, suara sengau setelah bicara lama, lengan cepat lelah saat menyisir rambut.
O: Ptosis kiri, fatigable (Simpson +). Uji kompres es: ptosis membaik > 2 mm. Kelemahan proksimal lengan 4/5 setelah repetisi.
   Anti-AChR 12,4 nmol/L (positif). RNS: decrement 28%. CT toraks: hiperplasia timus, tidak ada timoma.
A: Myasthenia gravis generalisata, MGFA IIb (G70.0).
P: Piridostigmin 4 x 60 mg, prednison dosis naik bertahap mulai 10 mg. Edukasi krisis miastenik dan obat yang harus dihindari. Rencana konsul BTKV untuk timektomi setelah kondisi stabil.
dr. Hendra Wijaya, Sp.N
""", n, e1)
    c.med_statement("ms-piri", obat("OB-1310", "Piridostigmin bromida 60 mg tablet", ("N07AA02", "pyridostigmine")), "active",
                    start="2026-04-02", dosage="4 x 60 mg", reason_ref=mg, asserted="2026-11-02")
    c.med_statement("ms-pred", obat("OB-0910P", "Prednison 5 mg tablet", ("H02AB07", "prednisone")), "active", start="2026-04-02",
                    dosage="30 mg selang sehari (tapering)", reason_ref=mg, asserted="2026-11-02")
    c.med_statement("ms-aza", obat("OB-1320", "Azatioprin 50 mg tablet", ("L04AX01", "azathioprine")), "active", start="2026-06-15",
                    dosage="2 x 50 mg", reason_ref=mg, asserted="2026-11-02")
    for i, (d, score) in enumerate([("2026-04-02", 9), ("2026-07-06", 6), ("2026-11-02", 5)], 1):
        c.observation(f"mgadl-{i}", cc((LAB_SYS, "SKOR-MGADL", "MG-ADL"), text="Myasthenia Gravis Activities of Daily Living (MG-ADL) score"),
                      f"{d} 09:10", score, cat="survey", performer=n)
    e2 = c.encounter("enc-n2", "AMB", "2026-11-02 09:00", "2026-11-02 10:00", typ=jenis("RJ"), pract=[n, btkv], provider=rs,
                     reason=cc((SCT, "91637004", "Myasthenia gravis"), text="Kontrol MG dan konsul bedah toraks"),
                     identifier=sep("1108R0011126V000319"))
    c.labs("lab-1102", "2026-11-02 07:30", [("hb", 13.1), ("wbc", 9.8), ("alt", 24), ("glucose", 96), ("creat", 0.7)], enc=e2,
           performer=rs)
    thy = c.service_request("sr-timektomi", cc((ICD9CM, "07.84", "Thoracoscopic total excision of thymus"),
                                               text="Timektomi total via VATS (video-assisted thoracoscopic surgery)"),
                            "2026-11-02 09:55", status="active", intent="order", requester=btkv, performer=btkv, occurrence="2027-01-11",
                            reason_ref=[mg], enc=e2, category=cc((SCT, "387713003", "Surgical procedure")),
                            note="MG generalisata AChR (+), usia < 65 tahun: indikasi timektomi. Rawat inap 10/01/2027. Stabilisasi pre-operasi, koordinasi anestesi terkait obat pelumpuh otot.")
    c.service_request("sr-preop", cc(text="Konsul anestesi pre-operasi dan spirometri"), "2026-11-02 09:56", status="active",
                      requester=btkv, occurrence="2027-01-04", based_on=[thy], enc=e2)
    note(c, "doc-n2", "konsul", "2026-11-02 10:00", """
LEMBAR KONSULTASI - Poli Saraf / Bedah Toraks - 02/11/2026
Ny. Intan Purnamasari, 31 th. Myasthenia gravis generalisata AChR (+), MGFA IIb, tanpa timoma. Dengan piridostigmin, prednison dan azatioprin, MG-ADL membaik 9 -> 5. Masih diplopia intermiten.
Jawaban BTKV: setuju timektomi total (VATS) untuk MG generalisata non-timomatosa seropositif; dijadwalkan 11/01/2027. Risiko operasi dan krisis miastenik pasca operasi telah dijelaskan; pasien setuju.
dr. Hendra Wijaya, Sp.N; dr. I Made Suardana, Sp.BTKV
""", btkv, e2)
    return c


# =====================================================================================
def b09(c):
    """Pre-marital screening microcytosis: beta-thalassaemia trait (carrier), counselled, nothing to treat."""
    rs = setup(c, "Rahmat", ["Fajar"], "male", "1998-07-07", "3327060707980003", "0002566108234",
               "Jl. Anggrek No. 5", ("pd", "pk", "pkm"), klass=("PPU", "Pekerja Penerima Upah", "2"), pkm=True, village="Mekarsari",
               phone="+62 896 7120 4481")
    pd, pk, pkm = P(c, "pd"), P(c, "pk"), P(c, "pkm")
    pkm_org = c.ref("Organization", "org-pkm")
    e0 = c.encounter("enc-pkm", "AMB", "2026-10-05 08:30", "2026-10-05 09:00", typ=jenis("PKM"), pract=pkm, provider=pkm_org,
                     reason=cc(text="Pemeriksaan kesehatan calon pengantin (catin)"))
    for key, loinc, disp, text, val, unit, lo, hi, interp in [
            ("pkm-hb", "718-7", "Hemoglobin [Mass/volume] in Blood", "Hb", 13.1, "g/dL", 13.5, 17.5, "L"),
            ("pkm-mcv", "787-2", "MCV [Entitic volume] by Automated count", "MCV", 64, "fL", 80, 98, "L"),
            ("pkm-mch", "785-6", "MCH [Entitic mass] by Automated count", "MCH", 20.5, "pg", 27, 33, "L")]:
        c.observation(key, cc((LOINC, loinc, disp), text=text), "2026-10-05 08:45", qty(val, unit), unit=unit, low=lo, high=hi,
                      interp=interp, enc=e0, performer=pkm_org)
    sr0 = c.service_request("sr-rujuk", cc((SCT, "306206005", "Referral to service"), text="Rujukan ke Poli Penyakit Dalam RSUD"),
                            "2026-10-05 09:00", status="completed", requester=pkm, performer=rs, enc=e0,
                            reason=[cc(text="Mikrositosis pada skrining calon pengantin, suspek thalassemia")])
    note(c, "doc-rujuk", "rujukan", "2026-10-05 09:00", """
SURAT RUJUKAN - Puskesmas Mekarsari
Kepada Yth. dokter Spesialis Penyakit Dalam RSUD Sekar Wangi.
Tn. Fajar Rahmat, 28 th, calon pengantin, rencana menikah Februari 2027. Tidak ada keluhan. Hasil skrining catin: Hb 13,1 g/dL, MCV 64 fL, MCH 20,5 pg.
Mohon pemeriksaan lanjutan untuk skrining thalassemia.
dr. Agus Salim
""", pkm, e0, custodian="org-pkm")
    e1 = c.encounter("enc-rj1", "AMB", "2026-10-12 09:00", "2026-10-12 09:20", typ=jenis("RJ"), pract=pd, provider=rs, based_on=[sr0],
                     reason=cc(text="Mikrositosis, skrining thalassemia"), identifier=sep("1108R0011026V002945"))
    c.labs("lab-1012", "2026-10-12 08:00", [("hb_m", 13.2), ("rbc", 6.4), ("mcv", 64), ("mch", 20.6), ("ferritin", 88), ("iron", 96)],
           enc=e1, performer=rs, report="Hematologi dan status besi 12-10-2026",
           conclusion="Mikrositosis dengan eritrositosis relatif (Mentzer index 10) dan cadangan besi normal - curiga thalassemia minor.")
    c.report("hplc", cc((LAB_SYS, "H-HPLC", "Analisis hemoglobin (HPLC)"), text="Analisis hemoglobin metode HPLC"), "2026-10-19 10:00",
             results=[c.lab("hba2", "hba2", "2026-10-19 10:00", 5.4, enc=e1, performer=rs),
                      c.lab("hbf", "hbf", "2026-10-19 10:00", 1.1, enc=e1, performer=rs)],
             conclusion="HbA2 meningkat (5,4%), HbF 1,1%, tidak ditemukan HbE maupun varian lain. Sesuai pembawa sifat thalassemia beta (thalassemia beta minor).",
             cat=cc((V20074, "HM", "Hematology")), performer=pk, enc=e1)
    trait = c.condition("cond-trait", icd("D56.3", "Thalassaemia trait"), onset="1998-07-07", recorded="2026-10-19", asserter=pd,
                        note="Pembawa sifat thalassemia beta (heterozigot). Asimtomatik, tidak memerlukan terapi.")
    e2 = c.encounter("enc-konseling", "AMB", "2026-10-26 10:00", "2026-10-26 10:45", typ=jenis("RJ"), pract=pd, provider=rs,
                     reason=cc(text="Konseling hasil skrining thalassemia"), identifier=sep("1108R0011026V006112"))
    note(c, "doc-konseling", "konsul", "2026-10-26 10:45", """
CATATAN KONSELING - 26/10/2026
Tn. Fajar Rahmat, 28 th. Hasil: Hb 13,2 g/dL, MCV 64 fL, eritrosit 6,4 juta, feritin normal (88 ng/mL), HbA2 5,4% - pembawa sifat thalassemia beta (thalassemia minor, D56.3).
Penjelasan: kondisi ini bukan penyakit yang perlu diobati, tidak mempengaruhi harapan hidup. Tidak perlu transfusi. Jangan minum tablet besi tanpa indikasi (cadangan besi normal).
Calon istri dianjurkan skrining (sudah diperiksa di puskesmas: indeks eritrosit normal, HbA2 2,8% - bukan pembawa sifat). Risiko anak thalassemia mayor sangat kecil; sudah dijelaskan pola pewarisan.
Rencana: tidak perlu kontrol rutin. Kembali ke FKTP.
dr. Siti Rahmawati, Sp.PD
""", pd, e2)
    c.communication("surat-balik", "2026-10-26 11:00", pd, (
        "Surat rujuk balik: Tn. Fajar Rahmat - pembawa sifat thalassemia beta (D56.3). Tidak memerlukan terapi maupun kontrol "
        "rutin di RS. Hindari suplementasi besi tanpa bukti defisiensi."),
        recipient=pkm_org, category=cc(text="Surat rujuk balik"), about=[trait])
    c.vitals("v-1012", "2026-10-12 09:05", bp=(118, 76), hr=74, weight=66, height=170, enc=e1)
    return c


# =====================================================================================
def b10(c):
    """Epilepsy: the patient asked for a second opinion in March; it was obtained in April and confirmed the plan."""
    rs = setup(c, "Kurniawati", ["Siska"], "female", "1997-03-15", "3327065503970004", "0002410937725",
               "Jl. Melati No. 17", ("igd", "n", "rad"), klass=("PPU", "Pekerja Penerima Upah", "2"), phone="+62 857 4011 2839",
               village="Tegalsari", extra_org=[("org-rsup", "RSUP Nasional Harapan Nusantara")])
    igd, n, rad = P(c, "igd"), P(c, "n"), P(c, "rad")
    rsup = c.ref("Organization", "org-rsup")
    c.practitioner("pr-ext", "Irawan", "Bambang", prefix="Prof. dr.", suffix="Sp.N(K)",
                   qual=cc((LOCAL + "profesi", "NK", "Dokter Spesialis Neurologi Konsultan (Epilepsi)"),
                           text="Dokter Spesialis Neurologi Konsultan (Epilepsi)"), gender="male")
    ext = P(c, "ext")
    e0 = c.encounter("enc-igd", "EMER", "2026-01-18 06:40", "2026-01-18 11:00", typ=jenis("IGD"), pract=igd, provider=rs, priority="EM",
                     reason=cc((SCT, "91175000", "Seizure"), text="Kejang seluruh tubuh ± 2 menit saat tidur"))
    c.report("ct-kepala", icd9("87.03", "Computerized axial tomography of head", "CT scan kepala tanpa kontras"), "2026-01-18 08:00",
             conclusion="Tidak tampak perdarahan, infark, maupun lesi desak ruang intrakranial.", cat=cc((V20074, "RAD", "Radiology")),
             enc=e0, performer=rad)
    ep = c.condition("cond-epi", icd("G40.3", "Generalized idiopathic epilepsy and epileptic syndromes"), onset="2026-01-18",
                     recorded="2026-02-12", asserter=n)
    e1 = c.encounter("enc-n1", "AMB", "2026-02-12 09:00", "2026-02-12 09:40", typ=jenis("RJ"), pract=n, provider=rs,
                     reason=cc((SCT, "91175000", "Seizure"), text="Kejang berulang (18/01 dan 03/02/2026)"), identifier=sep("1108R0010226V001720"))
    c.report("eeg", icd9("89.14", "Electroencephalogram", "EEG rutin dengan deprivasi tidur"), "2026-02-12 08:00",
             conclusion="Gelombang paku-ombak umum 4-5 Hz, simetris, diprovokasi hiperventilasi dan fotostimulasi. Sesuai epilepsi umum idiopatik.",
             cat=cc((V20074, "OTH", "Other")), enc=e1, performer=n)
    lev = obat("OB-1411", "Levetirasetam 500 mg tablet", ("N03AX14", "levetiracetam"))
    c.med_request("rx-lev", lev, "2026-02-12 09:35", "2 x 500 mg", requester=n, enc=e1, reason_ref=ep, category="outpatient",
                  course="continuous")
    msg = c.communication("msg-pasien", "2026-03-05 21:02", c.pt, (
        "Dok, saya masih ragu dengan diagnosis epilepsi karena selama ini saya sehat. Saya takut harus minum obat seumur hidup "
        "dan nanti kalau hamil bagaimana. Bolehkah saya minta second opinion ke dokter saraf di RSUP? Terima kasih."),
        recipient=n, category=cc(text="Pesan pasien melalui aplikasi layanan RSUD"), about=[ep])
    c.communication("msg-balas", "2026-03-06 08:30", n, (
        "Tentu boleh, Mbak Siska. Silakan datang ke poli hari Senin untuk kami buatkan rujukan ke Poli Epilepsi RSUP Nasional Harapan Nusantara."),
        recipient=c.pt, in_response_to=[msg])
    so_sr = c.service_request("sr-so", cc((LOCAL + "layanan", "SECOND-OPINION", "Rujukan untuk pendapat kedua (second opinion)"),
                                          (SCT, "306206005", "Referral to service"), text="Rujukan second opinion ke Poli Epilepsi RSUP"),
                              "2026-03-09 10:00", status="completed", intent="order", requester=n, performer=rsup, reason_ref=[ep],
                              note="Atas permintaan pasien.")
    e2 = c.encounter("enc-so", "AMB", "2026-04-21 09:00", "2026-04-21 10:30", typ=jenis("RUJ"), pract=ext, provider=rsup,
                     based_on=[so_sr], reason=cc((SCT, "84757009", "Epilepsy"), text="Second opinion diagnosis epilepsi"))
    c.report("mri", cc(text="MRI kepala 3T protokol epilepsi"), "2026-04-21 08:00",
             conclusion="Tidak tampak sklerosis hipokampus, displasia kortikal, maupun lesi struktural lain.",
             cat=cc((V20074, "RAD", "Radiology")), enc=e2, performer=rsup)
    note(c, "doc-so", "konsul", "2026-04-21 10:30", """
JAWABAN RUJUKAN / HASIL SECOND OPINION - Poli Epilepsi RSUP Nasional Harapan Nusantara, 21/04/2026
Yth. dr. Hendra Wijaya, Sp.N - RSUD Sekar Wangi.
Pasien Nn. Siska Kurniawati, 29 th, dirujuk atas permintaan pasien untuk pendapat kedua mengenai diagnosis epilepsi.
Telah dilakukan anamnesis ulang (dengan saksi kejang), review EEG 12/02/2026, dan MRI 3T protokol epilepsi (normal).
Kesimpulan: kami sependapat dengan diagnosis epilepsi umum idiopatik (G40.3). Levetirasetam 2 x 500 mg merupakan pilihan yang tepat untuk perempuan usia reproduksi; valproat sebaiknya dihindari. Lanjutkan, kontrol di RSUD. Konseling prakonsepsi dan asam folat sudah diberikan.
Pasien telah mendapat penjelasan dan menyatakan puas serta bersedia melanjutkan pengobatan.
Prof. dr. Bambang Irawan, Sp.N(K)
""", ext, e2, custodian="org-rsup")
    e3 = c.encounter("enc-n2", "AMB", "2026-10-13 09:00", "2026-10-13 09:20", typ=jenis("RJ"), pract=n, provider=rs,
                     reason=cc((SCT, "84757009", "Epilepsy"), text="Kontrol epilepsi"), identifier=sep("1108R0011026V003381"))
    note(c, "doc-1013", "cppt", "2026-10-13 09:20", """
CPPT Poli Saraf - 13/10/2026
S: Bebas kejang sejak 03/02/2026 (8 bulan). Minum levetirasetam teratur, efek samping tidak ada. Pasien merasa tenang setelah second opinion di RSUP, tidak ada keluhan lain.
O: Pemeriksaan neurologis dalam batas normal.
A: Epilepsi umum idiopatik, terkontrol.
P: Lanjut levetirasetam 2 x 500 mg, asam folat 1 x 1 mg. Kontrol 3 bulan.
dr. Hendra Wijaya, Sp.N
""", n, e3)
    c.med_request("rx-folat", obat("OB-0820", "Asam folat 1 mg tablet", ("B03BB01", "folic acid")), "2026-10-13 09:18", "1 x 1 mg",
                  requester=n, enc=e3, category="outpatient", course="continuous")
    c.labs("lab-1013", "2026-10-13 08:00", [("hb", 12.9), ("alt", 18), ("creat", 0.7)], enc=e3, performer=rs)
    return c


CASES = [
    dict(fn=b01, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Red-flag finding without follow-up (Murphy e-trigger): iron-deficiency anaemia (Hb 9.1, ferritin 6) in a 58-year-old man found on 10 Sep 2026 and treated with oral iron only; no endoscopy, colonoscopy or GI referral in the 82 days since, despite weight loss.",
         summary="Indonesia: 58-year-old farmer referred by puskesmas with iron-deficiency anaemia; iron tablets and check-ups only, no GI work-up."),
    dict(fn=b02, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="'Typhoid fever' (Widal-based, cultures negative) stays the diagnosis after two antibiotic courses while fever persists and findings it cannot explain appear: 7 kg weight loss, night sweats, cervical/supraclavicular and para-aortic nodes, splenomegaly, pancytopenia, high LDH.",
         summary="Indonesia: 36-year-old woman labelled typhoid on Widal; two months later fever, nodes, splenomegaly and pancytopenia, still 'typhoid'."),
    dict(fn=b03, target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Three-vessel coronary disease after NSTEMI: CABG x3 is ordered (ServiceRequest active) and recorded as a Procedure with status 'preparation' for 15 Dec 2026.",
         summary="Indonesia: 62-year-old diabetic man, NSTEMI, three-vessel disease; heart team books CABG for December."),
    dict(fn=b04, target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="FIGO IVB cervical cancer with renal failure and ECOG 3: the oncology team records that no specific anti-cancer therapy is possible, best supportive care and a referral to the palliative team; no second opinion on record.",
         summary="Indonesia: 54-year-old woman with newly diagnosed stage IVB cervical cancer; tumour board: no treatment options, palliative home care."),
    dict(fn=b05, target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
         why="Maintenance haemodialysis for end-stage kidney disease was started in September 2026 and continues twice weekly (ServiceRequest, CarePlan and HD Procedures), with fistula created.",
         summary="Indonesia: 47-year-old driver presenting late with uraemia; urgent then regular haemodialysis twice weekly."),
    dict(fn=b06, target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="A patient-authored Communication (12 Nov 2026) says his neuropathy complaints are not being addressed and explicitly asks for a second opinion before starting insulin; the reply only defers to the next visit.",
         summary="Indonesia: 60-year-old man with type 2 diabetes and painful neuropathy messages the hospital asking for a second opinion."),
    dict(fn=b07, target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="PHQ-9 rose 12 -> 13 -> 16 -> 20 from May to Nov 2026 (+8, MCID 5) while fluoxetine (since Mar, 40 mg since Jun) with documented adherence and CBT were active throughout.",
         summary="Indonesia: 41-year-old teacher with moderate depression; PHQ-9 climbs over six months despite fluoxetine and CBT."),
    dict(fn=b08, target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION", "MAJOR_PROCEDURE_PLANNED"],
         why="Generalised AChR-antibody-positive myasthenia gravis (an Orphanet rare disease) is active; deliberately also meets MAJOR_PROCEDURE_PLANNED because a thoracoscopic total thymectomy is ordered for 11 Jan 2027.",
         summary="Indonesia: 31-year-old woman with generalised myasthenia gravis on pyridostigmine, prednisone and azathioprine; thymectomy booked."),
    dict(fn=b09, target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
         why="Beta-thalassaemia trait (D56.3) is a heterozygous carrier state with normal iron stores and near-normal haemoglobin; it is not an active rare disease and needs no treatment or follow-up.",
         summary="Indonesia: 28-year-old man, pre-marital screening shows microcytosis; HPLC confirms beta-thalassaemia carrier, counselled and discharged."),
    dict(fn=b10, target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
         why="Her March 2026 message asking for a second opinion was acted on: the referral was completed and a second opinion from a national referral hospital (21 Apr 2026, within 12 months) confirmed the diagnosis; she is seizure-free and satisfied.",
         summary="Indonesia: 29-year-old woman with idiopathic generalised epilepsy; asked for and received a second opinion in April, now settled."),
]
