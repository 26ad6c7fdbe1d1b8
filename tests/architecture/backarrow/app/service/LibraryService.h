#pragma once

#include "storage/ArticleStore.h"
