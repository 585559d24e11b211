"""eventlens: conflict news in, trustworthy event records out."""

__version__ = "0.1.0"
