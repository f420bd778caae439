"""The coping-resources library (issue 11): audiences and keys, review dates, stale
edits, members' favourites and suggestions, summaries for agenda segments, and a
marker scan over every field."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safespace_desktop.core.errors import (
    NotFound,
    NotPermitted,
    StaleEdit,
    ValidationError,
)
from safespace_desktop.core.resources.model import (
    Audience,
    LocalService,
    ResourceDraft,
    ResourceKind,
    SuggestionDraft,
    parse_tags,
)
from safespace_desktop.core.resources.search import Filters, ResourceIndex, SortBy, fold
from safespace_desktop.services.resources import (
    FavouritesService,
    ResourcesService,
    SuggestionsService,
)
from safespace_desktop.services.resources.examples import EXAMPLES, add_examples
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.journal_helpers import add_member
from tests.unit.security_helpers import find_markers, new_marker, raw_rows, vault_files


def unlock_facilitator(vault: Vault) -> None:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)


def _three(vault: Vault) -> tuple[str, str, str]:
    unlock_facilitator(vault)
    service = ResourcesService(vault)
    handout = service.add(
        ResourceDraft(
            "Breathing handout", body="Slow breaths with a kettle rhythm.", tags=("calm",)
        )
    )
    clinic = service.add(
        ResourceDraft(
            "Drop-in centre",
            kind=ResourceKind.LOCAL_SERVICE,
            body="Friendly walk-in chats.",
            service=LocalService(phone="01632 960000", address="1 Example Street"),
            last_checked=date(2026, 1, 1),
            review_months=3,
        )
    )
    private = service.add(
        ResourceDraft(
            "Debrief notes",
            body="For facilitators: lighthouse method.",
            audience=Audience.FACILITATORS,
        )
    )
    return handout.id, clinic.id, private.id


def test_members_see_members_resources_only(vault: Vault) -> None:
    handout, clinic, private = _three(vault)
    facilitator_ids = {r.id for r in ResourcesService(vault).load_library().resources}
    assert facilitator_ids == {handout, clinic, private}
    add_member(vault, "sam")
    member = ResourcesService(vault)
    assert {r.id for r in member.load_library().resources} == {handout, clinic}
    with pytest.raises(NotFound):
        member.get(private)
    assert [s.id for s in member.summaries([private, clinic, handout])] == [clinic, handout]
    with pytest.raises(NotPermitted):
        member.add(ResourceDraft("Mine"))


def test_audiences_use_their_own_keys(vault: Vault) -> None:
    handout, _clinic, private = _three(vault)
    keyring = vault.keyring_for_tests()
    shared = {r["id"]: r for r in raw_rows(vault, "resources_shared")}
    only = {r["id"]: r for r in raw_rows(vault, "resources_facilitators")}
    assert shared[handout]["key_id"] == keyring.commons_key.key_id
    assert only[private]["key_id"] == keyring.group_key.key_id
    # moving a resource to facilitators only leaves a tombstone under the commons key
    service = ResourcesService(vault)
    moved = service.get(handout)
    service.update(
        handout, ResourceDraft(**{**moved.draft().__dict__, "audience": Audience.FACILITATORS})
    )
    assert {r.id for r in ResourcesService(vault).load_library().resources} >= {handout}
    add_member(vault, "sam")
    assert handout not in {r.id for r in ResourcesService(vault).load_library().resources}


def test_review_reminder_lists_a_resource_checked_too_long_ago(vault: Vault) -> None:
    handout, clinic, _private = _three(vault)
    service = ResourcesService(vault)
    assert [r.id for r in service.due_for_review(date(2026, 3, 1))] == []
    assert [r.id for r in service.due_for_review(date(2026, 4, 2))] == [clinic]
    service.mark_checked(clinic, date(2026, 4, 2))
    assert service.due_for_review(date(2026, 4, 3)) == []
    # a handout with an address needs checking too; one without does not
    plain = service.get(handout)
    assert not plain.needs_checking
    with_address = service.update(
        handout,
        ResourceDraft(plain.title, body=plain.body, service=LocalService(address="Hall B")),
        expected_rev=plain.rev,
    )
    assert with_address.due_for_review(date(2026, 4, 3))


def test_changed_phone_must_be_checked_again(vault: Vault) -> None:
    _handout, clinic, _private = _three(vault)
    service = ResourcesService(vault)
    before = service.get(clinic)
    draft = before.draft()
    after = service.update(
        clinic,
        ResourceDraft(**{**draft.__dict__, "service": LocalService(phone="01632 960001")}),
        expected_rev=before.rev,
    )
    assert after.last_checked is None


def test_stale_edit_is_refused_and_writes_nothing(vault: Vault) -> None:
    handout, _clinic, _private = _three(vault)
    service = ResourcesService(vault)
    first = service.get(handout)
    service.update(handout, ResourceDraft("Renamed", body=first.body), expected_rev=first.rev)
    with pytest.raises(StaleEdit):
        service.update(handout, ResourceDraft("Lost edit"), expected_rev=first.rev)
    assert service.get(handout).title == "Renamed"


def test_validation(vault: Vault) -> None:
    unlock_facilitator(vault)
    service = ResourcesService(vault)
    with pytest.raises(ValidationError) as caught:
        service.add(ResourceDraft("   "))
    assert caught.value.field == "title"
    with pytest.raises(ValidationError):
        service.add(ResourceDraft("x", review_months=0))
    assert parse_tags(" Calm, sleep ,calm,, #Sleep") == ("calm", "sleep")


def test_search_filters_and_sorts() -> None:
    from safespace_desktop.core.resources.model import Resource

    def make(i: str, title: str, **kw: object) -> Resource:
        base = dict(
            id=i,
            title=title,
            kind=ResourceKind.HANDOUT,
            body="",
            tags=(),
            content_note="",
            audience=Audience.MEMBERS,
            service=LocalService(),
            last_checked=None,
            review_months=6,
            is_example=False,
            rev=1,
        )
        base.update(kw)
        return Resource(**base)  # type: ignore[arg-type]

    index = ResourceIndex(
        [
            make("a", "Zebra crossing", body="Café near the río", tags=("walk",)),
            make(
                "b",
                "apple",
                kind=ResourceKind.LOCAL_SERVICE,
                service=LocalService(hours="Mondays"),
                last_checked=date(2026, 2, 1),
            ),
            make("c", "Mango", audience=Audience.FACILITATORS, last_checked=date(2025, 1, 1)),
        ]
    )
    assert [r.id for r in index.search(Filters())] == ["b", "c", "a"]
    assert [r.id for r in index.search(Filters("cafe RIO"))] == ["a"]
    assert [r.id for r in index.search(Filters("monday"))] == ["b"]
    assert [r.id for r in index.search(Filters(kind=ResourceKind.LOCAL_SERVICE))] == ["b"]
    assert [r.id for r in index.search(Filters(tag="walk"))] == ["a"]
    assert [r.id for r in index.search(Filters(audience=Audience.FACILITATORS))] == ["c"]
    assert [r.id for r in index.search(Filters(sort=SortBy.LAST_CHECKED))] == ["a", "c", "b"]
    assert index.tags() == ["walk"]


def test_favourites_are_private_to_the_member(vault: Vault) -> None:
    handout, clinic, _private = _three(vault)
    sam = add_member(vault, "sam")
    favourites = FavouritesService(vault)
    favourites.set_favourite(clinic, True)
    favourites.set_favourite(handout, True)
    favourites.set_favourite(clinic, False)
    assert favourites.ids() == [handout]
    rows = raw_rows(vault, "resource_favourites")
    assert len(rows) == 1 and rows[0]["slot_id"] == sam.slot_id
    assert rows[0]["key_id"] == vault.keyring_for_tests().journal_key.key_id
    unlock_facilitator(vault)
    assert FavouritesService(vault).ids() == []  # their own list, empty
    add_member(vault, "alex")
    assert FavouritesService(vault).ids() == []


def test_suggestions_reach_facilitators_without_a_name(vault: Vault) -> None:
    handout, _clinic, _private = _three(vault)
    unlock_facilitator(vault)
    assert SuggestionsService(vault).publish_box() is True
    add_member(vault, "sam")
    member = SuggestionsService(vault)
    assert member.can_suggest()
    member.suggest(SuggestionDraft("The bus stop moved to Mill Lane.", resource_id=handout))
    member.suggest(SuggestionDraft("A walking group on Sundays", title="Walks", from_name="Sam"))
    with pytest.raises(NotPermitted):
        member.inbox()
    # nothing a member holds opens a drop
    drops = raw_rows(vault, "resource_suggestion_drops")
    keyring = vault.keyring_for_tests()
    assert len(drops) == 2
    assert all(
        d["key_id"] not in (keyring.commons_key.key_id, keyring.journal_key.key_id) for d in drops
    )
    unlock_facilitator(vault)
    listed = SuggestionsService(vault).inbox()
    assert sorted((s.text, s.from_name, s.resource_id) for s in listed) == [
        ("A walking group on Sundays", "Sam", ""),
        ("The bus stop moved to Mill Lane.", "", handout),
    ]
    # collected: the drops are group-key tombstones now, and listing again adds nothing
    assert all(not d["wrapped_key_sealed"] for d in raw_rows(vault, "resource_suggestion_drops"))
    assert len(SuggestionsService(vault).inbox()) == 2
    first = listed[0]
    SuggestionsService(vault).set_handled(first.id, True, expected_rev=first.rev)
    assert [s.handled for s in SuggestionsService(vault).inbox()] == [False, True]


def test_suggestions_wait_for_the_box(vault: Vault) -> None:
    add_member(vault, "sam")
    with pytest.raises(ValidationError):
        SuggestionsService(vault).suggest(SuggestionDraft("hello"))


def test_a_member_swapping_the_box_key_is_repaired(vault: Vault) -> None:
    """A member holds the commons key, so could publish a box key of their own to read
    later drops. Every facilitator session puts the right key back; a drop sealed to the
    wrong key is left unread (never guessed at) and does not stop the inbox."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from safespace_desktop.core.sync.record import RecordState
    from safespace_desktop.services.resources.suggestions import library_record_id

    unlock_facilitator(vault)
    SuggestionsService(vault).publish_box()
    add_member(vault, "mallory")
    rogue = (
        X25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    with vault.transaction() as (db, keyring, _principal):
        repo = db.group.resource_library
        record = repo.get(db, keyring, library_record_id(db.group_id))
        assert record is not None
        state: RecordState = record.state
        replica, counter, hlc = vault.next_write(db)
        state.write({"drop_box_public_key": rogue.hex()}, replica, counter, hlc)
        repo.store(db, keyring.commons_key, record.id, state, counter)
    SuggestionsService(vault).suggest(SuggestionDraft("sealed to the wrong box"))
    unlock_facilitator(vault)
    assert SuggestionsService(vault).inbox() == []  # the rogue drop stays unread
    assert (
        len([d for d in raw_rows(vault, "resource_suggestion_drops") if d["wrapped_key_sealed"]])
        == 1
    )
    add_member(vault, "sam")
    SuggestionsService(vault).suggest(SuggestionDraft("sealed to the right box"))
    unlock_facilitator(vault)
    assert [s.text for s in SuggestionsService(vault).inbox()] == ["sealed to the right box"]


def test_a_damaged_drop_is_reported_not_read(vault: Vault) -> None:
    from tests.unit.security_helpers import flip_bit, raw_update

    unlock_facilitator(vault)
    SuggestionsService(vault).publish_box()
    add_member(vault, "sam")
    SuggestionsService(vault).suggest(SuggestionDraft("first"))
    SuggestionsService(vault).suggest(SuggestionDraft("second"))
    first, second = raw_rows(vault, "resource_suggestion_drops")
    raw_update(
        vault,
        "resource_suggestion_drops",
        first["id"],
        payload_sealed=flip_bit(first["payload_sealed"], 200),
    )
    raw_update(
        vault,
        "resource_suggestion_drops",
        second["id"],
        wrapped_key_sealed=flip_bit(second["wrapped_key_sealed"], 90),
    )
    unlock_facilitator(vault)
    assert SuggestionsService(vault).inbox() == []
    assert all(d["wrapped_key_sealed"] for d in raw_rows(vault, "resource_suggestion_drops"))


def test_examples_are_labelled_and_hold_no_numbers(vault: Vault) -> None:
    unlock_facilitator(vault)
    added = add_examples(ResourcesService(vault))
    assert len(added) == len(EXAMPLES)
    for resource in added:
        assert resource.is_example and resource.title.startswith("Example:")
        assert not any(ch.isdigit() for ch in resource.service.phone)
    due = ResourcesService(vault).due_for_review(date(2026, 1, 1))
    assert [r.kind for r in due] == [ResourceKind.LOCAL_SERVICE]


def test_marker_scan_covers_every_field(vault: Vault, vault_path: Path) -> None:
    unlock_facilitator(vault)
    markers: list[str] = []

    def m() -> str:
        markers.append(new_marker())
        return markers[-1]

    service = ResourcesService(vault)
    for audience in Audience:
        service.add(
            ResourceDraft(
                title=m(),
                kind=ResourceKind.LOCAL_SERVICE,
                body=m(),
                tags=(m().lower(),),
                content_note=m(),
                audience=audience,
                service=LocalService(
                    offers=m(), phone=m(), address=m(), hours=m(), directions=m(), accessibility=m()
                ),
                last_checked=date(2026, 1, 1) + timedelta(days=1),
            )
        )
    SuggestionsService(vault).publish_box()
    add_member(vault, "sam")
    SuggestionsService(vault).suggest(SuggestionDraft(m(), title=m(), from_name=m()))
    FavouritesService(vault).set_favourite(m(), True)
    unlock_facilitator(vault)
    assert SuggestionsService(vault).inbox()
    vault.lock()
    found = find_markers(vault_files(vault_path.parent), [*markers, "2026-01-02"])
    assert found == {}


def test_attachments_follow_their_resource(vault: Vault, tmp_path: Path) -> None:
    from safespace_desktop.services.attachments import AttachmentScope, AttachmentsService

    handout, _clinic, _private = _three(vault)
    note = tmp_path / "steps.txt"
    note.write_text("Breathe in for four.\n", encoding="utf-8")
    files = AttachmentsService(vault)
    files.add(handout, AttachmentScope.MEMBERS, note)
    service = ResourcesService(vault)
    current = service.get(handout)
    service.update(
        handout,
        ResourceDraft(current.title, body=current.body, audience=Audience.FACILITATORS),
        expected_rev=current.rev,
    )
    assert files.list_for(handout, AttachmentScope.MEMBERS) == []
    assert [a.file_name for a in files.list_for(handout, AttachmentScope.FACILITATORS)] == [
        "steps.txt"
    ]
    service.delete(handout)
    assert files.list_for(handout, AttachmentScope.FACILITATORS) == []


def test_folder_import_and_export_round_trip(vault: Vault, tmp_path: Path) -> None:
    from safespace_desktop.services.attachments import AttachmentScope, AttachmentsService
    from safespace_desktop.services.resources.folder import ResourceFolders

    unlock_facilitator(vault)
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "grounding.md").write_text(
        "---\ntitle: Grounding\nkind: exercise\ntags: calm, senses\n"
        "content_note: mentions panic\nattachments: steps.txt, ../secret.txt\n---\n"
        "Notice five things you can see.\n",
        encoding="utf-8",
    )
    (pack / "steps.txt").write_text("one, two, three\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside the folder\n", encoding="utf-8")
    (pack / "centre.md").write_text(
        "---\ntitle: Drop-in centre\nkind: local service\naudience: facilitators only\n"
        "hours: Mon 10-4\\nTue 10-2\nlast_checked: 2026-01-05\n---\nA warm room.",
        encoding="utf-8",
    )
    (pack / "plain.md").write_text("Just a body, no front matter.", encoding="utf-8")
    (pack / "broken.md").write_bytes(b"\xff\xfe\x00bad")
    resources, files = ResourcesService(vault), AttachmentsService(vault)
    folders = ResourceFolders(resources, files)
    report = folders.import_folder(pack)
    assert len(report.imported) == 3
    assert sorted(p.file_name for p in report.problems) == [
        "broken.md",
        "grounding.md: ../secret.txt",
    ]
    by_title = {r.title: r for r in resources.load_library().resources}
    assert set(by_title) == {"Grounding", "Drop-in centre", "plain"}
    grounding = by_title["Grounding"]
    assert grounding.kind is ResourceKind.EXERCISE and grounding.tags == ("calm", "senses")
    assert grounding.content_note == "mentions panic"
    assert [a.file_name for a in files.list_for(grounding.id, AttachmentScope.MEMBERS)] == [
        "steps.txt"
    ]
    centre = by_title["Drop-in centre"]
    assert centre.audience is Audience.FACILITATORS
    assert centre.service.hours == "Mon 10-4\nTue 10-2"
    assert centre.last_checked == date(2026, 1, 5)

    out = tmp_path / "out"
    out.mkdir()
    exported = folders.export_library(out, "Our resources")
    assert exported.resources == 3 and exported.files == 4
    assert (exported.folder / "grounding--steps.txt").read_text("utf-8") == "one, two, three\n"
    again = folders.export_library(out, "Our resources")
    assert again.folder.name == "Our resources (2)"
    # the exported pack imports again into another library with the same content
    for resource in resources.load_library().resources:
        resources.delete(resource.id)
    report = folders.import_folder(exported.folder)
    assert report.problems == []
    titles = sorted(r.title for r in resources.load_library().resources)
    assert titles == ["Drop-in centre", "Grounding", "plain"]


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
    max_size=40,
)


@given(
    title=_TEXT.filter(lambda t: " ".join(t.split()) != ""),
    body=st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
    note=_TEXT,
    hours=st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
    kind=st.sampled_from(list(ResourceKind)),
    audience=st.sampled_from(list(Audience)),
)
def test_a_markdown_file_reads_back_as_written(
    title: str, body: str, note: str, hours: str, kind: ResourceKind, audience: Audience
) -> None:
    """Export then import gives the same resource (after the service's own cleaning)."""
    from safespace_desktop.core.resources.markdown_files import format_markdown, parse_markdown
    from safespace_desktop.core.resources.model import Resource, clean_draft

    clean = clean_draft(
        ResourceDraft(
            title=title,
            kind=kind,
            body=body,
            content_note=note,
            audience=audience,
            service=LocalService(hours=hours),
            tags=("a tag", "b"),
        )
    )
    resource = Resource(
        id="x",
        title=clean.title,
        kind=clean.kind,
        body=clean.body,
        tags=clean.tags,
        content_note=clean.content_note,
        audience=clean.audience,
        service=clean.service,
        last_checked=None,
        review_months=clean.review_months,
        is_example=False,
        rev=1,
    )
    parsed = parse_markdown(format_markdown(resource, ("a.pdf",)), "fallback")
    assert clean_draft(parsed.draft) == clean
    assert parsed.attachments == ("a.pdf",)


@given(st.text() | st.sampled_from(["Café", "ÉCOLE d’été", "Ｆｕｌｌ", "ﬁne", "Straße", "n\u0303"]))
def test_fold_drops_every_combining_mark_as_one_pass_over_characters_did(text: str) -> None:
    # The plain definition the faster fold (issue 15) must equal.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    expected = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold(text) == expected
