"""Daily backups: the last seven days kept whatever the clock did, today's never deleted,
nothing but HeelCoach's own backups ever removed, nothing written through a link."""

from datetime import date, datetime, timedelta

from heelcoach.journal.backups import keep_daily_backup
from heelcoach.journal.journal import JOURNAL_FILE, Journal

TODAY = date(2026, 11, 25)


def journal_in(folder):
    journal = Journal(folder, now=lambda: datetime.combine(TODAY, datetime.min.time()))
    journal.add_check_in(date="2026-11-25", first_steps_pain=2)
    return journal


def backups(folder) -> list[str]:
    return sorted(path.name for path in (folder / "backups").iterdir())


def test_todays_backup_is_kept_even_beside_backups_from_a_clock_that_ran_ahead(tmp_path):
    journal_in(tmp_path)
    (tmp_path / "backups").mkdir()
    ahead = [TODAY + timedelta(days=300 + day) for day in range(7)]
    for day in ahead:
        (tmp_path / "backups" / f"journal-{day.isoformat()}.json").write_text("{}")
    made = keep_daily_backup(tmp_path / JOURNAL_FILE, tmp_path, TODAY)
    assert made.read_bytes() == (tmp_path / JOURNAL_FILE).read_bytes()
    assert made.name in backups(tmp_path)
    assert len(backups(tmp_path)) == 8  # the future ones are left alone: they may be newest


def test_the_last_seven_days_with_a_backup_are_kept_not_the_last_seven_names(tmp_path):
    journal_in(tmp_path)
    (tmp_path / "backups").mkdir()
    foreign = [
        "journal-notes.json",
        "journal-2026-13-45.json",
        "journal-2026-11-01.json.bak",
        "journal-version-0-20261101-080000.json",
        "before-restore-20261101-080000.json",
    ]
    for name in foreign:
        (tmp_path / "backups" / name).write_text("mine")
    old_days = [TODAY - timedelta(days=3 * n) for n in range(1, 10)]  # a backup every 3 days
    for day in old_days:
        (tmp_path / "backups" / f"journal-{day.isoformat()}.json").write_text("{}")
    keep_daily_backup(tmp_path / JOURNAL_FILE, tmp_path, TODAY)
    kept = backups(tmp_path)
    for name in foreign:
        assert name in kept
    daily = sorted(name for name in kept if name not in foreign)
    assert daily == sorted(f"journal-{day.isoformat()}.json" for day in [TODAY, *old_days[:6]])


def test_a_backups_folder_that_is_a_link_is_not_written_through(tmp_path):
    journal_in(tmp_path / "data")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "data" / "backups").symlink_to(elsewhere)
    assert keep_daily_backup(tmp_path / "data" / JOURNAL_FILE, tmp_path / "data", TODAY) is None
    assert list(elsewhere.iterdir()) == []
