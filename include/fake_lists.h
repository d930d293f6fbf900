/* The fake-value lists, generated from conf/lists/NAME.txt into build/lists.c
 * by gen/embed_lists.sh so the binary never reads them at run time. */
#ifndef PSEUDONYMFS_FAKE_LISTS_H
#define PSEUDONYMFS_FAKE_LISTS_H

extern const char *const	fake_list_first_names[];
extern const unsigned		fake_list_first_names_count;
extern const char *const	fake_list_first_names_female[];
extern const unsigned		fake_list_first_names_female_count;
extern const char *const	fake_list_first_names_male[];
extern const unsigned		fake_list_first_names_male_count;
extern const char *const	fake_list_last_names[];
extern const unsigned		fake_list_last_names_count;
extern const char *const	fake_list_street_names[];
extern const unsigned		fake_list_street_names_count;
extern const char *const	fake_list_cities[];
extern const unsigned		fake_list_cities_count;

#endif
