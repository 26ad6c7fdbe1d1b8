#pragma once

// A storage header that reaches up into the service layer: the layer check must refuse it.
#include "domain/Article.h"
#include "service/LibraryService.h"
