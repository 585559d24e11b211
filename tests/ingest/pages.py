"""Short article paragraphs and reader comments, written for these tests."""

REPORTING = [
    "Gunmen on motorbikes attacked a police post outside the town of Kaya on Sunday, killing four officers, "
    "the regional governor said in a statement.",
    "A second attack hit a convoy of traders near the village of Dori the same evening, according to residents "
    "reached by telephone. Two drivers were wounded.",
    "Security sources said the army had sent reinforcements to the area on Monday.",
]
# The reporter's own reading of events closes many articles; it is not a reader's opinion.
ANALYSIS = (
    "The latest raids suggest that the government's new security plan has not stopped the militants from "
    "moving across the border. The coming weeks are likely to bring more attacks on isolated posts, "
    "analysts warn."
)
COMMENTS = [
    "so much for the new security plan lol!!!",
    "Minister Kaboré, you promised us safety last year. Where is it?",
    "I have family in Dori and nobody there trusts the army anymore. Stay safe everyone.",
    "What a joke. Same story every month and nothing changes.",
]
