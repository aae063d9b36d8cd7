from portal import npm_vendor


def test_a_refresh_starts_from_an_empty_folder(tmp_path):
    folder = tmp_path / "vendor" / "lib"
    folder.mkdir(parents=True)
    (folder / "old.js").write_text("an older version's file")

    npm_vendor.replace_folder(folder)

    assert folder.is_dir()
    assert list(folder.iterdir()) == []


def test_the_version_file_names_the_package_and_reads_back(tmp_path):
    npm_vendor.write_version(tmp_path, "jsqr", "1.4.0")

    assert (tmp_path / "VERSION").read_text() == "jsqr@1.4.0\n"
    assert npm_vendor.vendored_version(tmp_path) == "1.4.0"


def test_without_an_argument_the_vendored_version_is_rebuilt(tmp_path, monkeypatch):
    npm_vendor.write_version(tmp_path, "krds-uiux", "1.1.0")
    built = []
    monkeypatch.setattr("sys.argv", ["krds_vendor"])
    npm_vendor.main(built.append, tmp_path)
    monkeypatch.setattr("sys.argv", ["krds_vendor", "1.2.0"])
    npm_vendor.main(built.append, tmp_path)

    assert built == ["1.1.0", "1.2.0"]
