"""Configuration from the environment or a `.env` file (pydantic-settings).

Every variable is documented in `.env.example`. Nothing is required for the
console chat: a fresh clone runs with no token and an embedded SQLite file.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    netralbot_db: Path | None = Field(default=None, description="SQLite file; default in the user data dir")
    netralbot_log_level: str = "WARNING"
    telegram_bot_token: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None  # set: webhook mode; unset: long polling
    telegram_webhook_path: str = "/telegram/webhook"
    telegram_webhook_secret: str | None = None
    netralbot_superadmins: str = ""
    # Broadcast pacing (Telegram allows ~30/s per bot; the rest is headroom for replies).
    netralbot_broadcast_rate: float = Field(default=25.0, gt=0, le=1000)
    netralbot_broadcast_concurrency: int = Field(default=8, ge=1, le=64)
    # A reminder missed while the bot was down is sent once on start if at most this old.
    netralbot_reminder_grace_minutes: int = Field(default=60, ge=0, le=24 * 60)

    # WhatsApp Business Cloud API: all five of token, phone number id, app secret and
    # verify token (plus the public webhook URL configured at Meta) switch it on.
    whatsapp_token: str | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: str | None = None
    whatsapp_verify_token: str | None = None
    whatsapp_api_base_url: str = "https://graph.facebook.com/v25.0"
    whatsapp_webhook_path: str = "/whatsapp/webhook"
    whatsapp_template_name: str | None = None  # approved template for messages outside the 24-hour window
    whatsapp_template_language: str = "id"
    whatsapp_daily_limit: int = Field(default=250, ge=1)  # unique users reached outside the window per 24 h
    whatsapp_rate: float = Field(default=60.0, gt=0, le=1000)  # Cloud API: 80/s per number, replies included
    # One HTTP server for every webhook (WhatsApp; Telegram in webhook mode) and /healthz.
    netralbot_http_host: str = "127.0.0.1"
    netralbot_http_port: int = 8080
    # The https base URL staff reach the console at through the reverse proxy; set, it
    # serves the web console under /admin/ on the shared HTTP server and /masuk sends links.
    netralbot_public_url: str | None = None

    @property
    def whatsapp_enabled(self) -> bool:
        return all((self.whatsapp_token, self.whatsapp_phone_number_id, self.whatsapp_app_secret,
                    self.whatsapp_verify_token))

    @property
    def superadmins(self) -> set[str]:
        return {s.strip() for s in self.netralbot_superadmins.split(",") if s.strip()}


def load_settings() -> Settings:
    return Settings()
