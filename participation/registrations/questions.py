"""The event's registration questions (cms.blocks.RegistrationQuestionBlock) as the form, the
service and the staff views use them.

A question's key is its block id and a choice's key its list-item id: wagtail-localize keeps
both when it translates the page, so an answer stored against them reads the same in every
language. The questions asked are the source (Korean) page's; each label and choice comes from
the page in the reader's language when that version has it (a translation not yet synced falls
back to Korean)."""

from dataclasses import dataclass

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.blocks import QUESTION_CHOICE, QUESTION_TEXT, QUESTION_YES_NO

from .errors import InvalidRegistrationData

MAX_TEXT_ANSWER_LENGTH = 500


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    kind: str
    required: bool
    choices: tuple[tuple[str, str], ...] = ()  # (key, label)

    @property
    def choice_labels(self) -> dict[str, str]:
        return dict(self.choices)

    def display(self, answer) -> str:
        """An answer as the reader of the labels reads it ("" when none)."""
        if answer is None or answer == "":
            return ""
        if self.kind == QUESTION_YES_NO:
            return gettext("Yes") if answer is True else gettext("No")
        if self.kind == QUESTION_CHOICE:
            return self.choice_labels.get(answer, "")
        return str(answer)


def questions_of(source, labelled_by=None) -> list[Question]:
    """The questions of `source` (the default-language event), labelled from `labelled_by`
    (the same event in the reader's language; None: the source's own labels)."""
    labels = _labels(labelled_by) if labelled_by is not None else {}
    questions = []
    for child in source.registration_questions:
        value = child.value
        label, choice_labels = labels.get(child.id, (value["label"], {}))
        choices = tuple(
            (item.id, choice_labels.get(item.id, item.value))
            for item in value["choices"].bound_blocks
        )
        kind = value["kind"]
        questions.append(
            Question(
                key=child.id,
                label=label,
                kind=kind,
                required=bool(value["required"]),
                choices=choices if kind == QUESTION_CHOICE else (),
            )
        )
    return questions


def _labels(event) -> dict[str, tuple[str, dict[str, str]]]:
    return {
        child.id: (
            child.value["label"],
            {item.id: item.value for item in child.value["choices"].bound_blocks},
        )
        for child in event.registration_questions
    }


def clean_answers(questions: list[Question], answers: dict | None) -> dict:
    """The answers to keep ({key: text, choice key or bool}, unanswered optional questions
    left out; unknown keys dropped), or InvalidRegistrationData saying what to correct."""
    answers = answers or {}
    cleaned = {}
    for question in questions:
        value = answers.get(question.key)
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            if question.required:
                raise InvalidRegistrationData(_("Please answer every required question."))
            continue
        if question.kind == QUESTION_TEXT:
            if not isinstance(value, str) or len(value) > MAX_TEXT_ANSWER_LENGTH:
                raise InvalidRegistrationData(
                    _("Please keep each answer to %(limit)d characters or fewer."),
                    limit=MAX_TEXT_ANSWER_LENGTH,
                )
        elif question.kind == QUESTION_CHOICE:
            if value not in question.choice_labels:
                raise InvalidRegistrationData(_("Please choose one of the answers offered."))
        elif not isinstance(value, bool):
            raise InvalidRegistrationData(_("Please answer yes or no."))
        cleaned[question.key] = value
    return cleaned
