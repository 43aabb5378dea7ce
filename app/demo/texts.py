"""Legal tables and English text templates for the synthetic demo data (:mod:`app.demo`).

Pure data. The articles are real article numbers of the Criminal Code of Azerbaijan as
they appear in political prisoners' cases; their categories (CC Art. 15) are the demo's
approximation and must not be relied on for a real case. Facilities, courts and places
are named in their usual English forms. Note templates are ``str.format`` strings filled
by :class:`app.demo.timeline.TimelineBuilder` (pronouns ``He he his him``, ``articles``,
``arrest``, ``court``, ``relative``, ``item``, ``ailment``, ``witness``, ``occupation``,
``age``, ``year``, ``city``, ``list_year``, ...).
"""

from __future__ import annotations

# Criminal Code article -> crime category (approximate, for demo data only).
ARTICLE_CATEGORY: dict[str, str] = {
    "147.1": "minor",
    "320.2": "minor",
    "323.1": "minor",
    "167-2.2.1": "less_serious",
    "168.1": "less_serious",
    "213.2.1": "less_serious",
    "221.3": "less_serious",
    "228.1": "less_serious",
    "228.4": "less_serious",
    "233": "less_serious",
    "234.1-1": "less_serious",
    "283.2.2": "less_serious",
    "178.3.2": "grave",
    "179.3.2": "grave",
    "192.3.2": "grave",
    "193-1.3.2": "grave",
    "206.3.2": "grave",
    "220.1": "grave",
    "234.4.3": "grave",
    "281.2": "grave",
    "315.2": "grave",
    "214.2": "especially_grave",
    "274": "especially_grave",
    "278": "especially_grave",
}

# Sentence terms in months for a case whose gravest article has this category.
TERM_MONTHS: dict[str, tuple[int, ...]] = {
    "minor": (18, 24),
    "less_serious": (18, 24, 30, 36, 42, 48, 54, 60, 72, 84),
    "grave": (36, 48, 60, 72, 84, 90, 96, 108, 120, 132, 144),
    "especially_grave": (96, 108, 120, 132, 144),
}

# Per group: (weight, articles of one case). Reflects the charges typically brought
# against each group (drug charges against believers and activists, smuggling and
# tax charges against independent media, mass disorder after unrest, ...).
ARTICLE_SETS: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {
    "religious_believers": (
        (30, ("234.4.3",)),
        (12, ("234.1-1",)),
        (8, ("228.1", "234.4.3")),
        (6, ("167-2.2.1", "168.1")),
        (6, ("283.2.2",)),
        (5, ("220.1", "233")),
        (5, ("315.2",)),
        (4, ("214.2", "228.4")),
        (3, ("167-2.2.1",)),
        (3, ("228.4", "234.1-1")),
    ),
    "journalists": (
        (10, ("206.3.2",)),
        (8, ("206.3.2", "192.3.2", "193-1.3.2", "213.2.1")),
        (4, ("234.4.3",)),
        (3, ("221.3",)),
        (2, ("178.3.2",)),
        (2, ("323.1", "147.1")),
    ),
    "opposition_members": (
        (8, ("234.4.3",)),
        (5, ("234.1-1",)),
        (4, ("221.3",)),
        (3, ("315.2",)),
        (3, ("233",)),
        (2, ("220.1", "233")),
        (2, ("178.3.2",)),
    ),
    "civil_activists": (
        (5, ("233",)),
        (4, ("221.3",)),
        (4, ("234.1-1",)),
        (3, ("206.3.2", "192.3.2")),
        (2, ("315.2",)),
        (2, ("234.4.3",)),
    ),
    "human_rights_defenders": (
        (4, ("206.3.2", "192.3.2", "193-1.3.2", "213.2.1")),
        (3, ("178.3.2",)),
        (2, ("274",)),
        (2, ("213.2.1", "320.2")),
    ),
    "national_minorities": (
        (3, ("274",)),
        (2, ("281.2",)),
        (2, ("283.2.2",)),
        (2, ("234.4.3",)),
    ),
    "deported_emigrants": (
        (4, ("281.2",)),
        (3, ("283.2.2",)),
        (3, ("234.4.3",)),
        (2, ("274",)),
        (2, ("206.3.2",)),
    ),
    "soyudlu_unrest": ((4, ("315.2",)), (3, ("233",)), (2, ("221.3",)), (2, ("220.1",))),
    "imishli_unrest": ((5, ("220.1",)), (3, ("315.2",)), (2, ("220.1", "315.2"))),
    "ganja_case": (
        (4, ("220.1", "315.2")),
        (3, ("228.1", "220.1")),
        (2, ("214.2",)),
        (2, ("278",)),
    ),
    "tartar_case": ((5, ("274",)), (2, ("274", "228.1"))),
    "nardaran_case": (
        (4, ("214.2", "228.1")),
        (3, ("278", "214.2")),
        (3, ("220.1", "315.2")),
        (2, ("228.4",)),
    ),
}

OCCUPATIONS: dict[str, tuple[str, ...]] = {
    "religious_believers": (
        "practising Muslim",
        "theology graduate",
        "member of a religious community",
        "volunteer at a local mosque",
    ),
    "journalists": (
        "investigative journalist",
        "editor of an independent news site",
        "camera operator",
        "reporter",
    ),
    "opposition_members": (
        "member of an opposition party",
        "party youth activist",
        "deputy chair of a local party branch",
    ),
    "civil_activists": ("civil society activist", "trade union activist", "environmental activist"),
    "human_rights_defenders": ("human rights defender", "rights monitor", "election observer"),
    "national_minorities": (
        "researcher of minority languages",
        "folk musician",
        "community elder",
    ),
    "deported_emigrants": (
        "blogger who lived abroad",
        "emigrant political activist",
        "video blogger deported from abroad",
    ),
    "soyudlu_unrest": ("villager of Söyüdlü", "farmer", "shepherd"),
    "imishli_unrest": ("resident of Imishli", "market trader", "farmer"),
    "ganja_case": ("resident of Ganja", "factory worker", "student"),
    "tartar_case": ("army officer", "soldier", "military serviceman"),
    "nardaran_case": ("resident of Nardaran", "member of a religious community", "shopkeeper"),
}

REGIMES_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "minor": ("settlement", "general"),
    "less_serious": ("general", "general", "general", "general", "settlement"),
    "grave": ("general", "general", "general", "strict", "strict"),
    "especially_grave": ("strict", "strict", "strict", "special", "prison"),
}

PENITENTIARY_MEN = tuple(
    f"Penitentiary Service institution No. {n}" for n in (1, 2, 6, 10, 11, 12, 13, 14, 15, 17)
)
PENITENTIARY_WOMEN = ("Penitentiary Service institution No. 4",)
SETTLEMENT = ("Penitentiary Service institution No. 16 (settlement)",)
CLOSED_PRISON = ("Qobustan closed prison",)
PRETRIAL_FACILITIES = (
    "Baku Pretrial Detention Facility No. 1",
    "Baku Pretrial Detention Facility No. 1",
    "Baku Pretrial Detention Facility No. 1",
    "Ganja Pretrial Detention Facility",
    "Lankaran Pretrial Detention Facility",
    "State Security Service investigative detention facility",
)

CITIES = (
    "Baku",
    "Baku",
    "Baku",
    "Baku",
    "Baku",
    "Sumgait",
    "Ganja",
    "Lankaran",
    "Masalli",
    "Nardaran",
    "Shaki",
    "Quba",
    "Mingachevir",
    "Shirvan",
)
AGENCIES = (
    "police",
    "police",
    "the State Security Service",
    "the Main Department for Combating Drug Trafficking",
    "the Main Department for Combating Organised Crime",
)
DISTRICT_COURTS = (
    "Khatai District Court",
    "Nasimi District Court",
    "Sabail District Court",
    "Yasamal District Court",
    "Binagadi District Court",
    "Narimanov District Court",
)
GRAVE_CRIMES_COURTS = (
    "Baku Grave Crimes Court",
    "Baku Grave Crimes Court",
    "Baku Grave Crimes Court",
    "Ganja Grave Crimes Court",
    "Lankaran Grave Crimes Court",
    "Sumgait Grave Crimes Court",
)
APPEAL_COURTS = (
    "Baku Court of Appeal",
    "Baku Court of Appeal",
    "Baku Court of Appeal",
    "Ganja Court of Appeal",
    "Sumgait Court of Appeal",
    "Lankaran Court of Appeal",
)
RELATIVES = {
    "male": ("his wife", "his mother", "his brother", "his sister", "his father"),
    "female": ("her husband", "her mother", "her sister", "her brother", "her daughter"),
}
ITEMS = (
    "Blood pressure tablets",
    "Insulin",
    "Warm clothes and a blanket",
    "Books and a Qur'an",
    "Vitamins and dried fruit",
    "Glasses with the new prescription",
)
AILMENTS = (
    "back pain",
    "high blood pressure",
    "a kidney problem",
    "toothache",
    "heart palpitations",
    "stomach pain",
)

PRIVILEGED_NOTES = (
    "Defence strategy: challenge the search of {arrest}; no attesting witnesses were present "
    "and the packet was opened outside the record.",
    "{He} says the evidence was planted during the search; request the body-camera footage "
    "and the station's duty log.",
    "Ask for an independent forensic test: the fingerprints on the packet were never examined.",
    "Client reports ill-treatment in the first 48 hours after the arrest; file a complaint "
    "with the prosecutor and the Ombudsperson.",
    "Witness {witness} is ready to testify that {he} was at home on the evening of the arrest.",
    "The charge under {articles} rests on one officer's statement; cross-examine him on the "
    "timeline.",
    "Do not discuss the case on the phone: calls from the facility are recorded.",
)
PRIVILEGED_NOTES_SENTENCED = (
    "Appeal brief: the {court} refused every defence motion and ignored the expert's report.",
    "Prepare the ECHR application (Articles 5, 6 and 18): four months from the final domestic "
    "decision.",
    "Parole petition: collect the facility's character reference and an employment letter.",
    "Check the amnesty act's exclusions against {articles} before filing.",
)
PRIVILEGED_NOTES_PRETRIAL = (
    "Object to the next extension of detention: no risk of flight, permanent address, family ties.",
    "Request house arrest instead of detention; the investigator has finished the main interviews.",
)
FAMILY_NOTES = (
    "Visit: {he} has lost weight and asks for warm clothes and books.",
    "{item} handed over at the facility gate; keep the receipt.",
    "Phone calls twice a week; {he} asked about the children's exams.",
    "{He} complains of {ailment}; the family asked the facility to arrange a doctor.",
    "{Relative} would like to attend the next hearing; ask the lawyer about seats in the "
    "courtroom.",
    "Parcel limit is 20 kg a month; next parcel planned for the first week of the month.",
    "Letters arrive two to three weeks late.",
    "The children's school certificates are ready for a pardon petition.",
)
PUBLIC_NOTES = (
    "Included in the list of political prisoners since {list_year}.",
    "Profile: {occupation}, arrested in {city} in {year} at the age of {age}.",
    "Human rights organisations issued a joint statement calling for {his} release.",
    "The case was raised with the Council of Europe's rapporteur in {list_year}.",
    "Solidarity letters can be sent through the family; the coordinator keeps the address.",
    "Charged under {articles}; the union considers the charges retaliation for {his} "
    "activity as a {occupation}.",
)
