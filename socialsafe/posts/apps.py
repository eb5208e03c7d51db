from django.apps import AppConfig


class PostsConfig(AppConfig):
    name = "socialsafe.posts"
    label = "posts"
