"""A client library for accessing Plural (Pine Labs Online) payment API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
