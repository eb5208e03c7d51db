"""Background tasks of the posts app (imported at start-up by the jobs layer)."""

from socialsafe.jobs import task
from socialsafe.posts.publishing import MAX_ATTEMPTS, publish_post


@task("posts.publish", max_attempts=MAX_ATTEMPTS + 1, backoff=30, atomic=False)
def publish(post_id: int) -> None:
    publish_post(post_id)
