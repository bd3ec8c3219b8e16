"""A real IMAP server for the tests: Dovecot from the system's packages, on loopback ports,
with everything it keeps (config, mail, sockets, logs) in one temp folder.

Its login processes refuse to run as root, so they run as the system's dovenull and
dovecot users; the mail belongs to the dovecot user. Users and {PLAIN} passwords live in a
passwd-file. One port speaks plain IMAP (STARTTLS offered), one implicit TLS with a
self-signed certificate made here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

BINARY = "dovecot"
REQUIRE_ENV = "CI_REQUIRE_DOVECOT"


def available() -> bool:
    return shutil.which(BINARY) is not None or Path("/usr/sbin/dovecot").exists()


def _binary() -> str:
    return shutil.which(BINARY) or "/usr/sbin/dovecot"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_certificate(folder: Path, host: str = "localhost") -> tuple[Path, Path]:
    """A self-signed certificate and its key for `host` (and 127.0.0.1)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(host), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class Dovecot:
    """One server: ``start()``, ``stop()``, users added with ``add_user``."""

    def __init__(self, folder: Path, special_use: bool = True) -> None:
        self.folder = folder
        #: False: no Sent folder marked \Sent (RFC 6154), as older servers have.
        self.special_use = special_use
        self.port = _free_port()
        self.tls_port = _free_port()
        self.users: dict[str, str] = {}
        self.process: subprocess.Popen | None = None
        self.cert, self.key = make_certificate(folder)
        self.fingerprint = self._fingerprint()

    def _fingerprint(self) -> str:
        import hashlib
        import ssl

        der = ssl.PEM_cert_to_DER_cert(self.cert.read_text())
        return hashlib.sha256(der).hexdigest()

    @property
    def mail_root(self) -> Path:
        return self.folder / "mail"

    def add_user(self, user: str, password: str) -> None:
        self.users[user] = password
        self._write_users()

    def _write_users(self) -> None:
        # One passwd-file per user: Dovecot opens a new one at its first login, where it would
        # not notice a shared file rewritten twice within a second.
        folder = self.folder / "users"
        folder.mkdir(exist_ok=True)
        for user, password in self.users.items():
            (folder / user).write_text(f"{user}:{{PLAIN}}{password}::::::\n")

    def _config(self) -> str:
        owner = pwd.getpwnam("dovecot")
        f = self.folder
        return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {f}/run
state_dir = {f}/state
log_path = {f}/dovecot.log
info_log_path = {f}/dovecot.log
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = {min(owner.pw_uid, 1)}
first_valid_gid = {min(owner.pw_gid, 1)}
ssl = yes
ssl_cert = <{self.cert}
ssl_key = <{self.key}
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = plain login
mail_location = maildir:{f}/mail/%u
mail_uid = {owner.pw_uid}
mail_gid = {owner.pw_gid}
mail_max_userip_connections = 100
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {f}/users/%u
}}
userdb {{
  driver = static
  args = uid={owner.pw_uid} gid={owner.pw_gid} home={f}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
{self._sent_box()}}}
"""

    def _sent_box(self) -> str:
        if not self.special_use:
            return ""
        return "  mailbox Sent {\n    special_use = \\Sent\n    auto = create\n  }\n"

    def start(self) -> None:
        owner = pwd.getpwnam("dovecot")
        for sub in ("run", "state", "mail"):
            (self.folder / sub).mkdir(exist_ok=True)
        os.chown(self.folder / "mail", owner.pw_uid, owner.pw_gid)
        os.chmod(self.folder, 0o755)
        self.key.chmod(0o600)
        if not self.users:
            self._write_users()
        conf = self.folder / "dovecot.conf"
        conf.write_text(self._config())
        self.process = subprocess.Popen(
            [_binary(), "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode(errors="replace")
                raise RuntimeError(f"dovecot did not start: {err}\n{self.log()}")
            if self._answers(self.port) and self._answers(self.tls_port):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not listen within 20 s\n{self.log()}")

    @staticmethod
    def _answers(port: int) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the server and every process it started."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()
        self.process = None
        deadline = time.monotonic() + 10
        while self._answers(self.port) and time.monotonic() < deadline:
            time.sleep(0.05)

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    # -- what a test does to a mailbox ---------------------------------------------------

    def client(self, user: str):
        from imapclient import IMAPClient

        imap = IMAPClient("127.0.0.1", self.port, ssl=False, timeout=30)
        imap.login(user, self.users[user])
        return imap

    def append(
        self,
        user: str,
        folder: str,
        messages: list[bytes],
        when: dt.datetime | None = None,
    ) -> None:
        """Deliver these messages (raw RFC 5322 bytes) into a folder, as a mail server or a
        mail program would, with IMAP APPEND."""
        imap = self.client(user)
        try:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)
            if len(messages) > 50 and imap.has_capability("MULTIAPPEND"):
                for start in range(0, len(messages), 500):
                    imap.multiappend(
                        folder,
                        [
                            {"msg": m, "date": when} if when else m
                            for m in messages[start : start + 500]
                        ],
                    )
            else:
                for message in messages:
                    imap.append(folder, message, msg_time=when)
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def uidvalidity(self, user: str, folder: str) -> int:
        imap = self.client(user)
        try:
            return imap.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"]
        finally:
            imap.logout()

    def renumber(self, user: str, folder: str = "INBOX") -> None:
        """Give the folder a new UIDVALIDITY (what a server restored from a backup, or a
        mailbox rebuilt, does): the same messages under new UIDs."""
        before = self.uidvalidity(user, folder)
        self.stop()
        box = self.mail_root / user if folder == "INBOX" else self.mail_root / user / f".{folder}"
        uidlist = box / "dovecot-uidlist"
        head, *rest = uidlist.read_text().splitlines()
        fields = head.split()
        fields = [f"V{before + 1000}" if f.startswith("V") else f for f in fields]
        uidlist.write_text("\n".join([" ".join(fields), *rest]) + "\n")
        for index in box.glob("dovecot.index*"):
            index.unlink()
        for index in (self.mail_root / user).glob("dovecot.list.index*"):
            index.unlink()
        self.start()
