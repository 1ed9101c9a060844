"""Settings: defaults, kb.toml, KB_* environment — in that order of strength."""
import pytest

from kb.errors import SettingsError
from kb.settings import BUILTIN_E5, load_settings


def test_defaults_use_the_builtin_model_and_an_embedded_chroma(tmp_path):
    settings = load_settings(env={"KB_HOME": str(tmp_path)})
    assert settings.embed_model == BUILTIN_E5 and settings.chroma_mode == "embedded"
    assert settings.index_dir == tmp_path / "index" and settings.models_dir == tmp_path / "models"


def test_toml_file_is_read_and_environment_wins(tmp_path):
    config = tmp_path / "kb.toml"
    config.write_text('[kb]\ntop_k = 7\nembed_model = "intfloat/multilingual-e5-small"\n', encoding="utf-8")
    settings = load_settings(env={"KB_CONFIG": str(config), "KB_TOP_K": "9", "KB_HOME": str(tmp_path)})
    assert settings.top_k == 9
    assert settings.embed_model == "intfloat/multilingual-e5-small"


def test_unknown_setting_in_toml_is_an_error(tmp_path):
    config = tmp_path / "kb.toml"
    config.write_text("[kb]\ntop_kk = 7\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="top_kk"):
        load_settings(env={"KB_CONFIG": str(config)})


def test_bad_number_in_environment_is_an_error():
    with pytest.raises(SettingsError, match="top_k"):
        load_settings(env={"KB_TOP_K": "many"})


def test_chroma_mode_must_be_known():
    with pytest.raises(SettingsError, match="chroma_mode"):
        load_settings(env={"KB_CHROMA_MODE": "cloud"})


def test_chroma_url_selects_a_chroma_server(tmp_path):
    settings = load_settings(env={"KB_HOME": str(tmp_path), "KB_CHROMA_URL": "http://10.0.0.5:8123"})
    assert (settings.chroma_mode, settings.chroma_host, settings.chroma_port, settings.chroma_ssl) == \
        ("http", "10.0.0.5", 8123, False)
    assert settings.index_dir == tmp_path / "index"  # the catalog stays in the data home
    secure = load_settings(env={"KB_CHROMA_URL": "https://chroma.example.org"})
    assert (secure.chroma_host, secure.chroma_port, secure.chroma_ssl) == ("chroma.example.org", 443, True)


@pytest.mark.parametrize("url", ["127.0.0.1:8000", "ftp://host:21", "http://:8000", "http://host:port",
                                 "http://host:8000/api"])
def test_a_chroma_url_that_is_not_http_host_port_is_an_error(url):
    with pytest.raises(SettingsError, match="chroma_url"):
        load_settings(env={"KB_CHROMA_URL": url})
