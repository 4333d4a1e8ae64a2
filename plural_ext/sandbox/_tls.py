"""HTTPS for the sandbox, as Plural's hosts speak it: a local CA made at start, and a
server certificate it signs for the sandbox's address, ``localhost``, 127.0.0.1 and ::1.

The CA's certificate is the one file a client must trust (``ca_file``); it lives in a
temporary directory of its own, removed with everything in it by :meth:`SandboxTLS.close`.
The CA's private key is never written anywhere and is dropped once the server certificate
is signed, so the CA cannot sign anything else: trusting it trusts this sandbox only.
"""

from __future__ import annotations

import datetime
import ipaddress
import shutil
import ssl
import tempfile
from pathlib import Path
from types import TracebackType

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = ["SandboxTLS"]

_VALID_FOR = datetime.timedelta(days=397)  # the longest a public server certificate may last
_SKEW = datetime.timedelta(hours=1)  # a client whose clock is a little behind still accepts it
_LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")


class SandboxTLS:
    """A CA and a server certificate made now, for ``host`` and the loopback names.

    ``ca_file``: the PEM file to trust (``Plural(..., verify=tls.ca_file)``, ``curl
    --cacert``, ``SSL_CERT_FILE``). :meth:`server_context` is the server's side;
    :meth:`client_context` a client context that trusts this CA only, verification on.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        names = dict.fromkeys((*_LOCAL_NAMES, host) if host else _LOCAL_NAMES)  # ordered, once each
        self.directory = Path(tempfile.mkdtemp(prefix="plural-sandbox-tls-"))
        try:
            ca_key = ec.generate_private_key(ec.SECP256R1())
            ca_cert = _ca_certificate(ca_key)
            server_key = ec.generate_private_key(ec.SECP256R1())
            server_cert = _server_certificate(server_key, ca_cert, ca_key, list(names))
            self.ca_file = self.directory / "ca.pem"
            self.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
            self._server_context = _server_context(self.directory, server_cert, server_key)
        except BaseException:
            self.close()
            raise

    def server_context(self) -> ssl.SSLContext:
        """What the server wraps its connections with."""
        return self._server_context

    def client_context(self) -> ssl.SSLContext:
        """A client context trusting this CA only, certificate and host name checked."""
        return ssl.create_default_context(cafile=self.ca_file)

    def close(self) -> None:
        """Remove the CA file and its directory; safe to call twice."""
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> SandboxTLS:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _ca_certificate(key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Plural sandbox local CA")])
    # The extensions a strict verifier (Python 3.13's VERIFY_X509_STRICT) requires of a CA.
    usage = x509.KeyUsage(
        digital_signature=False,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )
    return (
        _builder(name, name, key.public_key())
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )


def _server_certificate(
    key: ec.EllipticCurvePrivateKey,
    ca_cert: x509.Certificate,
    ca_key: ec.EllipticCurvePrivateKey,
    names: list[str],
) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    ca_key_id = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    return (
        _builder(subject, ca_cert.subject, key.public_key())
        .add_extension(x509.SubjectAlternativeName([_general_name(n) for n in names]), False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_key_id),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )


def _builder(
    subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey
) -> x509.CertificateBuilder:
    now = datetime.datetime.now(datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _SKEW)
        .not_valid_after(now + _VALID_FOR)
    )


def _general_name(name: str) -> x509.GeneralName:
    """An IP address as an IP entry (clients match an IP only there), else a DNS name."""
    try:
        return x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        return x509.DNSName(name)


def _server_context(
    directory: Path, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey
) -> ssl.SSLContext:
    # ssl loads a certificate chain from files only: the certificate and key are written
    # (in the private directory mkdtemp made), loaded, and removed at once.
    cert_file, key_file = directory / "server.pem", directory / "server-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    try:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2  # as Plural's hosts
        context.load_cert_chain(cert_file, key_file)
    finally:
        cert_file.unlink()
        key_file.unlink()
    return context
