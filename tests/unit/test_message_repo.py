from datetime import date, datetime

from danggol_desktop.domain.promotion import PromotionDraft
from danggol_desktop.storage.message_repo import MessageRepo


def draft(body="배추 특가!"):
    return PromotionDraft(kind="discount", fields={"item": "배추"}, body=body, step=2)


def test_one_unfinished_draft_is_kept_and_updated(db, shop):
    repo = MessageRepo(db)
    first = repo.save_draft(shop.id, draft())
    assert repo.save_draft(shop.id, draft("고친 글"), first) == first
    unfinished = repo.unfinished(shop.id)
    assert unfinished.id == first and unfinished.body == "고친 글" and unfinished.draft.step == 2
    repo.discard(first)
    assert repo.unfinished(shop.id) is None


def test_finish_moves_it_to_the_box_and_records_the_day(db, shop):
    repo = MessageRepo(db)
    sent = repo.save_draft(shop.id, draft())
    repo.finish(sent, draft(), "sent", datetime(2026, 11, 20, 10, 0))
    kept = repo.save_draft(shop.id, draft("저장만"))
    repo.finish(kept, draft("저장만"), "saved")
    practice = repo.save_draft(shop.id, draft("연습"))
    repo.finish(practice, draft("연습"), "practice", datetime(2026, 11, 21, 10, 0))
    assert repo.unfinished(shop.id) is None
    assert [m.status for m in repo.box(shop.id)][0] in ("saved", "practice")
    assert {m.status for m in repo.box(shop.id)} == {"sent", "saved", "practice"}
    assert repo.sent_days(shop.id) == {date(2026, 11, 20)}  # practice never counts as sent


def test_delete_and_undo(db, shop):
    repo = MessageRepo(db)
    message = repo.save_draft(shop.id, draft())
    repo.finish(message, draft(), "saved")
    assert repo.delete(message) and repo.box(shop.id) == []
    assert repo.undo_delete(message) and len(repo.box(shop.id)) == 1


def test_a_draft_saved_by_a_stranger_version_still_opens(db, shop):
    repo = MessageRepo(db)
    message = repo.save_draft(shop.id, draft())
    db.conn.execute("UPDATE messages SET draft = '{not json' WHERE id = ?", (message,))
    assert repo.unfinished(shop.id).draft == PromotionDraft()
