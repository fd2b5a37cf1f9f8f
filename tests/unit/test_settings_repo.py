from danggol_desktop.domain.preferences import Preferences


def test_defaults_on_a_fresh_database(settings_repo):
    assert settings_repo.load() == Preferences(text_scale=100, high_contrast=False, language="ko", active_shop_id=None)


def test_round_trip(settings_repo, shop):
    prefs = Preferences(text_scale=200, high_contrast=True, language="en", active_shop_id=shop.id)
    settings_repo.save(prefs)
    assert settings_repo.load() == prefs
    settings_repo.save(Preferences(text_scale=125))
    assert settings_repo.load().text_scale == 125


def test_unreadable_values_fall_back_to_defaults(settings_repo, db):
    db["settings"].upsert_all(
        [{"key": "text_scale", "value": "999"}, {"key": "language", "value": "fr"},
         {"key": "active_shop_id", "value": "x"}, {"key": "high_contrast", "value": "maybe"}],
        pk="key",
    )
    assert settings_repo.load() == Preferences()
