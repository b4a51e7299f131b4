from ... import settings
