# Production image: gunicorn web, Celery worker and beat share it (docker-compose.yml).
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
RUN useradd --create-home --uid 1000 shoal
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes --no-deps -r requirements.lock
COPY . .
# Production settings at build time so the manifest WhiteNoise serves from is written; the keys are
# throw-away values that exist only during this step.
RUN DEBUG=0 SHOAL_VAR_DIR=/tmp/build-var SECRET_KEY=build-only-secret-key-not-used-at-runtime-0123 \
    PSEUDONYM_KEY=build-only-pseudonym-key-not-used-at-runtime AUDIT_KEY=build-only-audit-key-not-used-at-runtime \
    python manage.py collectstatic --noinput \
    && rm -rf /tmp/build-var && mkdir -p /app/var /anchor && chown -R shoal /app/var /anchor
USER shoal
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "120"]
