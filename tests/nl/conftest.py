from tests.halo_fixtures import *  # noqa: F403
