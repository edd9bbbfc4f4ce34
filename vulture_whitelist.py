"""Names vulture reports as unused that are used: by a framework, by a reader of the result, or
through a string. Each line says why. (``make lint`` and tests/integration/test_lint.py.)"""
# ruff: noqa: B018, F821
from analysis.articles import ArticleSeg
from analysis.decode import Decoded
from analysis.indicators.data import CORE_KEYS
from analysis.models import Indicator, Result
from analysis.pipeline import STAGES
from api.many import Counts, IndicatorPage, JobPage
from core.settings import Settings
from core.store import JobStore
from worker.request import JobRequest

ArticleSeg.sections     # what the splitter found, kept on the segment for its readers (tests, #16)
ArticleSeg.continuation  # the "(下转第三版)" marker that closed the article, likewise
Decoded.encoding_source  # how the charset was chosen, for debugging a decode
Indicator.sentence       # result JSON fields (pydantic): serialized, read by API clients
Indicator.sentence_span
Result.stats
Result.timings_ms
STAGES                   # the pipeline's stage names, the API's source for them
Settings.user_dict       # checked at start-up; analysis/segment.py reads ZHIBIAO_USER_DICT itself
Counts.queued            # response models of api/many.py (pydantic): the OpenAPI schema
Counts.running
Counts.succeeded
Counts.failed
Counts.cancelled
JobPage.next_cursor
IndicatorPage.next_cursor
_.data_type              # openpyxl: a cell's type, set to "s" so text is never a formula
JobStore.get_doc         # the uploaded bytes of a job (rerun, debugging)
JobStore.renew_lease     # the heartbeat's lease renewal
JobRequest               # Celery loads it by name: Request="worker.request:JobRequest"
cls                      # pydantic validators are classmethods
_.quiet                  # a Celery worker attribute set at start-up (no banner)
_.openapi                # FastAPI serves /openapi.json from app.openapi(), set by api/app.py
CORE_KEYS                # taxonomy.yaml's core keys (a field per key), for the summarizer and tests
Settings.ocr_threads     # ZHIBIAO_OCR_THREADS: read by analysis/ocr.py from the environment
JobStore.hook_attempts    # a webhook's attempts, for operators (docs/operations.md) and tests
