"""Tables for the LLM-SQL task: rows that an LLM query would read one prompt per row.

Why they look like this: real tables behind LLM queries (reviews, catalogues, question sets) mix a few
low-cardinality fields (flags, categories, ratings), entity fields repeated across many rows with
attributes that depend on the entity (a movie's synopsis and genre, a beer's brewery and style, a
product's store and price), and near-unique fields (ids, free text). Which fields to put first, row by row,
decides how much of each prompt a prefix cache can reuse. Entities and users are drawn with Zipf-like
popularity; text is built from a fixed syllable inventory, so everything is deterministic and plain ASCII.

File: `tables.json`, a list of {"name": str, "columns": [str, ...], "rows": [[str, ...], ...]} (every cell
a string, possibly empty).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

ROWS = 1500  # rows per table
SYLLABLES = ("ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "zu", "hen", "mar", "tor", "sil",
             "bre", "qua", "nix", "or", "el", "an", "ust", "im", "gol")


def word(rng: random.Random, low: int = 1, high: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high)))


def sentence(rng: random.Random, low: int, high: int) -> str:
    text = " ".join(word(rng) for _ in range(rng.randint(low, high)))
    return text[:1].upper() + text[1:] + "."


def title(rng: random.Random, low: int = 1, high: int = 4) -> str:
    return " ".join(word(rng).capitalize() for _ in range(rng.randint(low, high)))


def zipf(rng: random.Random, n: int, exponent: float = 1.0) -> list[float]:
    """Popularity weights of n items in a random order."""
    weights = [1.0 / (rank + 1) ** exponent for rank in range(n)]
    rng.shuffle(weights)
    return weights


def pick(rng: random.Random, items: list, weights: list[float]):
    return rng.choices(items, weights=weights, k=1)[0]


def date(rng: random.Random, first_year: int, last_year: int) -> str:
    return f"{rng.randint(first_year, last_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def movie_reviews(rng: random.Random) -> dict:
    genres = ["Drama", "Comedy", "Action & Adventure", "Documentary", "Horror", "Romance", "Science Fiction"]
    movies = [{"title": title(rng), "info": sentence(rng, 25, 60), "genre": rng.choice(genres),
               "rating": rng.choice(["G", "PG", "PG-13", "R", "NR"])} for _ in range(150)]
    critics = [{"name": f"{word(rng).capitalize()} {word(rng).capitalize()}", "top": rng.random() < 0.3,
                "publisher": title(rng, 1, 3)} for _ in range(300)]
    movie_w, critic_w = zipf(rng, len(movies), 0.8), zipf(rng, len(critics), 1.0)
    rows = []
    for _ in range(ROWS):
        m, c = pick(rng, movies, movie_w), pick(rng, critics, critic_w)
        fresh = rng.random() < 0.6
        score = rng.choice(["", "", f"{rng.randint(1, 5)}/5", rng.choice("ABCD") + rng.choice(["", "+", "-"])])
        rows.append([m["title"], m["info"], m["genre"], m["rating"], c["name"], str(c["top"]), c["publisher"],
                     "Fresh" if fresh else "Rotten", score, date(rng, 2000, 2020), sentence(rng, 8, 30)])
    columns = ["movie_title", "movie_info", "genre", "content_rating", "critic_name", "top_critic", "publisher",
               "review_type", "review_score", "review_date", "review_content"]
    return {"name": "movie_reviews", "columns": columns, "rows": rows}


def beer_reviews(rng: random.Random) -> dict:
    styles = [title(rng, 1, 3) for _ in range(40)]
    breweries = [title(rng, 1, 3) + " Brewing" for _ in range(80)]
    beers = [{"name": title(rng, 1, 3), "id": str(rng.randint(1000, 99999)), "brewery": rng.choice(breweries),
              "style": rng.choice(styles), "abv": f"{rng.randint(35, 120) / 10:.1f}"} for _ in range(250)]
    reviewers = [word(rng, 2, 4) + str(rng.randint(0, 99)) for _ in range(700)]
    beer_w, reviewer_w = zipf(rng, len(beers), 0.9), zipf(rng, len(reviewers), 0.7)
    rows = []
    for _ in range(ROWS):
        b = pick(rng, beers, beer_w)
        base = rng.randint(4, 9)
        aspects = [f"{min(10, max(2, base + rng.randint(-1, 1))) / 2:.1f}" for _ in range(5)]
        rows.append([b["name"], b["id"], b["brewery"], b["style"], b["abv"], *aspects,
                     pick(rng, reviewers, reviewer_w), sentence(rng, 10, 40)])
    columns = ["beer_name", "beer_id", "brewery", "style", "abv", "appearance", "aroma", "palate", "taste",
               "overall", "reviewer", "review_text"]
    return {"name": "beer_reviews", "columns": columns, "rows": rows}


def sql_questions(rng: random.Random) -> dict:
    databases = [{"id": word(rng, 2, 3) + "_" + word(rng, 1, 2),
                  "schema": " ".join(f"CREATE TABLE {word(rng)} ({', '.join(word(rng) for _ in range(5))});"
                                     for _ in range(rng.randint(3, 6)))} for _ in range(12)]
    db_w = zipf(rng, len(databases), 0.6)
    rows = []
    for _ in range(ROWS):
        db = pick(rng, databases, db_w)
        evidence = "" if rng.random() < 0.4 else sentence(rng, 4, 12)
        rows.append([db["id"], db["schema"], sentence(rng, 8, 20), evidence,
                     rng.choice(["simple", "simple", "moderate", "challenging"]),
                     f"SELECT {word(rng)} FROM {word(rng)} WHERE {word(rng)} = {rng.randint(0, 999)}"])
    columns = ["db_id", "schema", "question", "evidence", "difficulty", "sql"]
    return {"name": "sql_questions", "columns": columns, "rows": rows}


def music_scores(rng: random.Random) -> dict:
    genres = ["classical", "pop", "rock", "jazz", "folk", "soundtrack", "religious", "electronic", ""]
    composers = [f"{word(rng).capitalize()} {word(rng).capitalize()}" for _ in range(250)]
    songs = [title(rng, 1, 4) for _ in range(600)]
    composer_w, song_w = zipf(rng, len(composers), 1.0), zipf(rng, len(songs), 0.9)
    rows = []
    for _ in range(ROWS):
        official = rng.random() < 0.15
        flags = [rng.random() < 0.7, official, rng.random() < 0.05 and not official, rng.random() < 0.02,
                 rng.random() < 0.2, rng.random() < 0.9]
        rating = "0" if rng.random() < 0.6 else f"{rng.randint(300, 500) / 100:.2f}"
        path = f"./data/{rng.choice('0123456789abcdef')}/{rng.choice('0123456789abcdef')}/Q{word(rng, 4, 6)}.mxl"
        rows.append([path, pick(rng, songs, song_w), pick(rng, composers, composer_w), rng.choice(genres),
                     str(rng.randint(1, 8)), *(str(f) for f in flags), rating])
    columns = ["path", "title", "composer", "genre", "n_tracks", "has_metadata", "is_official",
               "is_user_publisher", "is_draft", "has_annotations", "subset_all", "rating"]
    return {"name": "music_scores", "columns": columns, "rows": rows}


def products(rng: random.Random) -> dict:
    categories = ["All Beauty", "Amazon Home", "Books", "Electronics", "Toys & Games", "Sports & Outdoors",
                  "Tools & Home Improvement", "Health & Household"]
    items = [{"title": title(rng, 2, 6), "asin": "B0" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
                                                                for _ in range(8)),
              "category": rng.choice(categories), "store": title(rng, 1, 2),
              "price": f"{rng.randint(199, 19999) / 100:.2f}"} for _ in range(400)]
    item_w = zipf(rng, len(items), 0.9)
    rows = []
    for _ in range(ROWS):
        p = pick(rng, items, item_w)
        rating = str(rng.choice([5, 5, 5, 4, 4, 3, 2, 1]))
        user = "A" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(13))
        rows.append([p["title"], p["asin"], p["category"], p["store"], p["price"], rating, title(rng, 1, 5),
                     user, str(min(rng.randint(0, 3), rng.randint(0, 40)))])
    columns = ["product_title", "parent_asin", "main_category", "store", "price", "rating", "review_title",
               "user_id", "helpful_vote"]
    return {"name": "products", "columns": columns, "rows": rows}


TABLES = (movie_reviews, beer_reviews, sql_questions, music_scores, products)


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    tables = [make(rng) for make in TABLES]
    (out_dir / "tables.json").write_text(json.dumps(tables), encoding="utf-8")
