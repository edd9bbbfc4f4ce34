# zhibiao: one image for the API and the workers.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY zhibiao zhibiao
COPY api api
COPY worker worker
COPY tasks tasks
COPY core core
COPY analysis analysis
# OpenCV (used by the OCR engine) needs these shared libraries on a slim image
RUN apt-get update && apt-get install -y --no-install-recommends libgl1 libglib2.0-0 \
    && rm -rf /var/lib/apt/lists/*
RUN pip install . flower && useradd --create-home --uid 10001 zhibiao
USER zhibiao
EXPOSE 8000
CMD ["zhibiao", "serve", "--host", "0.0.0.0", "--port", "8000"]
