"""Which parser reads the text: the admin's language model when one is configured, else (and
whenever the model fails) the rules. Either way the result is only a proposal."""

from __future__ import annotations

import logging

from halo_integration.nl import llm_config
from halo_integration.nl.parse.rules import ParsedRequest, parse

logger = logging.getLogger(__name__)


def understand(text: str) -> tuple[ParsedRequest, str]:
    """The parsed request and which parser produced it ("llm" or "rules"). Never raises."""
    endpoint = llm_config.active_endpoint()
    if endpoint is not None:
        try:
            from halo_integration.nl.llm import parse_with_llm  # only loaded when configured

            return parse_with_llm(text, endpoint), "llm"
        except Exception as exc:  # any failure of the optional model falls back to the rules
            logger.warning("language model unavailable, using the rules: %s", type(exc).__name__)
    return parse(text), "rules"
