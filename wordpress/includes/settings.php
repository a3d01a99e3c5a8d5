<?php
/**
 * The one option, haven_widgets_settings: its defaults, how every value in it is cleaned,
 * and what the widgets take from it (theme, language, accent colour).
 *
 * The cleaning functions here are shared by the settings page, the blocks and the
 * shortcodes, so a value is checked the same way wherever it comes from.
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets' locales: a locale file ships for each but English, which is built in.
 */
const HAVEN_WIDGETS_LOCALES = array( 'en', 'es', 'fr', 'de', 'pt', 'ar' );

/**
 * What the helplines widget reads for a line (src/components/helplines/helplines-content.ts).
 */
const HAVEN_WIDGETS_HELPLINE_FIELDS = array( 'name', 'description', 'phone', 'sms', 'keyword', 'chat', 'web', 'hours', 'languages', 'region' );

/**
 * The settings as saved, filled with defaults.
 *
 * @return array
 */
function haven_widgets_defaults() {
	return array(
		'helplines'        => array(),
		'emergency_number' => '',
		'exit_enabled'     => false,
		'exit_href'        => '',
		'exit_safety_href' => '',
		'exit_shortcut'    => true,
		'theme'            => 'site',
		'accent'           => '',
		'language'         => '',
	);
}

/**
 * The settings, every key present.
 *
 * @return array
 */
function haven_widgets_settings() {
	$saved = get_option( 'haven_widgets_settings', array() );
	return array_merge( haven_widgets_defaults(), is_array( $saved ) ? $saved : array() );
}

/**
 * One line of plain text.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_text( $value ) {
	return is_scalar( $value ) ? sanitize_text_field( (string) $value ) : '';
}

/**
 * Plain text that may keep its line breaks.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_textarea( $value ) {
	return is_scalar( $value ) ? sanitize_textarea_field( (string) $value ) : '';
}

/**
 * A phone number as people write it ("0808 2000 247", "+1 (800) 799-7233"), kept as written
 * when it holds 2 to 15 digits, as the widget's own check does; anything else gives ''.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_phone( $value ) {
	$value   = haven_widgets_text( $value );
	$compact = preg_replace( '/[\s().-]/', '', $value );
	return preg_match( '/^\+?\d{2,15}$/', $compact ) ? $value : '';
}

/**
 * A full http(s) address. One starting with a single "/" is taken as a page of this site;
 * one without a scheme ("samaritans.org") gets "https://", which nearly every site answers
 * today. `javascript:` and every other scheme give ''.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_url( $value ) {
	$value = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	if ( haven_widgets_is_site_path( $value ) ) {
		$value = home_url( $value );
	} elseif ( preg_match( '#^[^\s/:?\#]+\.[a-z]{2,}([/?\#]|$)#i', $value ) ) {
		$value = 'https://' . $value;
	} elseif ( ! preg_match( '#^https?://#i', $value ) ) {
		return ''; // Text that is no address ("chat with us"), or another scheme.
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	return preg_match( '#^https?://[^/?\#\s%]+([/?\#]|$)#i', $url ) ? $url : '';
}

/**
 * Whether an address is a page of this site written from its root ("/staying-safe-online/").
 *
 * @param string $value An address.
 * @return bool
 */
function haven_widgets_is_site_path( $value ) {
	return '' !== $value && '/' === $value[0] && ( ! isset( $value[1] ) || '/' !== $value[1] );
}

/**
 * An address as the settings keep it: a page of this site stays written from the site's
 * root, so it still works when the site moves (staging to live, http to https); anything
 * else as haven_widgets_url() gives it. '' when it is not an address.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_url_setting( $value ) {
	$value = is_scalar( $value ) ? trim( (string) $value ) : '';
	$url   = haven_widgets_url( $value );
	if ( '' === $url || ! haven_widgets_is_site_path( $value ) ) {
		return $url;
	}
	$home = untrailingslashit( home_url() );
	return 0 === strpos( $url, $home . '/' ) ? substr( $url, strlen( $home ) ) : $url;
}

/**
 * One of `$allowed`, else `$fallback`.
 *
 * @param mixed  $value    Anything.
 * @param array  $allowed  The values allowed.
 * @param string $fallback What to use otherwise.
 * @return string
 */
function haven_widgets_enum( $value, array $allowed, $fallback ) {
	return is_string( $value ) && in_array( $value, $allowed, true ) ? $value : $fallback;
}

/**
 * A helpline with the helplines widget's fields, or null when it has no name. A phone, text
 * number or link that is not one is left out, and its field named in `$problems`.
 *
 * @param mixed $raw      A helpline from the settings, a block or a shortcode.
 * @param array $problems Filled with the names of the fields left out.
 * @return array|null
 */
function haven_widgets_clean_helpline( $raw, &$problems = array() ) {
	if ( ! is_array( $raw ) ) {
		return null;
	}
	$line = array();
	foreach ( HAVEN_WIDGETS_HELPLINE_FIELDS as $field ) {
		$value = isset( $raw[ $field ] ) ? $raw[ $field ] : '';
		if ( 'languages' === $field && is_array( $value ) ) {
			$value = implode( ', ', array_filter( array_map( 'haven_widgets_text', $value ) ) );
		}
		switch ( $field ) {
			case 'description':
				$clean = haven_widgets_textarea( $value );
				break;
			case 'phone':
			case 'sms':
				$clean = haven_widgets_phone( $value );
				break;
			case 'chat':
			case 'web':
				$clean = haven_widgets_url( $value );
				break;
			default:
				$clean = haven_widgets_text( $value );
		}
		if ( '' === $clean && is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			$problems[] = $field;
		}
		$line[ $field ] = $clean;
	}
	return '' === $line['name'] ? null : $line;
}

/**
 * A list of helplines, those without a name left out.
 *
 * @param mixed $list Anything.
 * @return array
 */
function haven_widgets_clean_helplines( $list ) {
	$lines = array();
	foreach ( is_array( $list ) ? $list : array() as $raw ) {
		$line = haven_widgets_clean_helpline( $raw );
		if ( $line ) {
			$lines[] = $line;
		}
	}
	return array_slice( $lines, 0, 200 );
}

/**
 * A notice on the settings page (add_settings_error() exists in the admin only).
 *
 * @param string $setting The option.
 * @param string $code    The notice's id.
 * @param string $message What to say.
 * @param string $type    error or warning.
 */
function haven_widgets_settings_error( $setting, $code, $message, $type = 'error' ) {
	// WordPress sanitises a new option twice in one save: each notice is said once.
	static $said = array();
	if ( isset( $said[ $code ] ) ) {
		return;
	}
	$said[ $code ] = true;
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( $setting, $code, $message, $type );
	}
}

/**
 * The helpline fields' names, as the settings page labels them (and its notices name them).
 *
 * @return array Field => label.
 */
function haven_widgets_helpline_labels() {
	return array(
		'name'        => __( 'Name', 'haven-widgets' ),
		'description' => __( 'What it is for', 'haven-widgets' ),
		'phone'       => __( 'Phone number', 'haven-widgets' ),
		'sms'         => __( 'Text (SMS) number', 'haven-widgets' ),
		'keyword'     => __( 'Keyword to text', 'haven-widgets' ),
		'chat'        => __( 'Chat link', 'haven-widgets' ),
		'web'         => __( 'Website', 'haven-widgets' ),
		'hours'       => __( 'Hours', 'haven-widgets' ),
		'languages'   => __( 'Languages', 'haven-widgets' ),
		'region'      => __( 'Region', 'haven-widgets' ),
	);
}

/**
 * Why a value of a field was not kept: the rule that field follows.
 *
 * @param string $field A helpline field, or emergency_number, exit_href, exit_safety_href, accent.
 * @return string
 */
function haven_widgets_field_rule( $field ) {
	switch ( $field ) {
		case 'phone':
		case 'sms':
		case 'emergency_number':
			return __( 'A phone number holds 2 to 15 digits; spaces, brackets, dots, dashes and a + at the start are fine.', 'haven-widgets' );
		case 'exit_safety_href':
			return __( 'Write a web address such as https://example.org/page/, or one of this site’s pages such as /staying-safe-online/.', 'haven-widgets' );
		case 'accent':
			return __( 'Write a hex colour such as #256a66.', 'haven-widgets' );
		case 'name':
			return __( 'A helpline needs a name to be saved.', 'haven-widgets' );
		default:
			return __( 'Write a web address such as https://www.samaritans.org/ (only http and https links).', 'haven-widgets' );
	}
}

/**
 * What the settings page keeps to show again after saving, for the person who saved:
 * values typed but not kept, with the reason, and notes on values changed on the way.
 * WordPress redirects after saving, so this waits for the next page in a transient.
 *
 * @param array|null $add Merged in when given; null to read and forget.
 * @return array
 */
function haven_widgets_typed( $add = null ) {
	$key = 'haven_widgets_typed_' . get_current_user_id();
	if ( null === $add ) {
		$typed = get_transient( $key );
		delete_transient( $key );
		return is_array( $typed ) ? $typed : array();
	}
	// WordPress may sanitise twice in one save (when the option is new), the second time
	// with the first's clean result: what the first found is kept.
	if ( $add && get_current_user_id() ) {
		$typed = get_transient( $key );
		set_transient( $key, array_replace_recursive( is_array( $typed ) ? $typed : array(), $add ), 10 * MINUTE_IN_SECONDS );
	}
	return $add;
}

/**
 * An accent colour that reads on a background: the colour itself when its contrast is at
 * least 4.5:1 (WCAG AA for text such as links), else the nearest shade towards black (on a
 * light background) or white (on a dark one) that is.
 *
 * @param string $accent     A #rrggbb or #rgb colour.
 * @param string $background The widgets' background.
 * @return string #rrggbb, or '' when $accent is not a hex colour.
 */
function haven_widgets_readable_accent( $accent, $background ) {
	$hex = ltrim( (string) $accent, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	if ( ! preg_match( '/^[0-9a-f]{6}$/i', $hex ) ) {
		return '';
	}
	$rgb    = array_map( 'hexdec', str_split( strtolower( $hex ), 2 ) );
	$toward = haven_widgets_luminance( $background ) > 0.179 ? 0 : 255;
	for ( $step = 0; $step <= 50; $step++ ) {
		$mix    = $step / 50;
		$colour = '#';
		foreach ( $rgb as $channel ) {
			$colour .= sprintf( '%02x', (int) round( $channel + ( $toward - $channel ) * $mix ) );
		}
		if ( haven_widgets_contrast( $colour, $background ) >= 4.5 ) {
			return $colour;
		}
	}
	return 0 === $toward ? '#000000' : '#ffffff';
}

/**
 * The widgets' own backgrounds (src/core/styles.ts), which the accent must read on.
 */
const HAVEN_WIDGETS_BACKGROUNDS = array(
	'light' => '#ffffff',
	'dark'  => '#161b1d',
);

/**
 * The accent colours the widgets use for a chosen accent, each readable on its theme's
 * background, with the text colour that reads on each.
 *
 * @param string $accent The setting.
 * @return array|null { light, light_on, dark, dark_on }, or null without an accent.
 */
function haven_widgets_accent_colours( $accent ) {
	$accent = sanitize_hex_color( (string) $accent );
	if ( ! $accent ) {
		return null;
	}
	$out = array();
	foreach ( HAVEN_WIDGETS_BACKGROUNDS as $theme => $background ) {
		$colour               = haven_widgets_readable_accent( $accent, $background );
		$out[ $theme ]        = $colour;
		$out[ $theme . '_on' ] = haven_widgets_contrast( $colour, '#ffffff' ) >= haven_widgets_contrast( $colour, '#10201e' ) ? '#ffffff' : '#10201e';
	}
	return $out;
}

/**
 * Sanitises the settings page's form (the Settings API's sanitize_callback; WordPress has
 * already unslashed the form). Every value that can be kept is saved. What cannot be kept is
 * said in a notice on the page, naming the helpline and field and the rule it missed, and is
 * shown again in its field, as typed, for the person to correct.
 *
 * @param mixed $input The submitted option.
 * @return array
 */
function haven_widgets_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$clean  = haven_widgets_defaults();
	$typed  = array();
	$labels = haven_widgets_helpline_labels();
	$notice = function ( $code, $message, $type = 'error' ) {
		haven_widgets_settings_error( 'haven_widgets_settings', $code, $message, $type );
	};

	$rows = isset( $input['helplines'] ) && is_array( $input['helplines'] ) ? array_values( $input['helplines'] ) : array();
	foreach ( $rows as $i => $row ) {
		if ( ! is_array( $row ) || ! empty( $row['remove'] ) ) {
			continue;
		}
		$fields = array_intersect_key( $row, array_flip( HAVEN_WIDGETS_HELPLINE_FIELDS ) );
		$filled = array_filter( array_map( 'haven_widgets_text', $fields ) );
		if ( ! $filled ) {
			continue;
		}
		$problems = array();
		$line     = haven_widgets_clean_helpline( $row, $problems );
		if ( ! $line ) {
			$notice(
				'haven-widgets-helpline-' . $i,
				/* translators: %d: the helpline's position in the list. */
				sprintf( __( 'Helpline %d has no name, so it was not saved. What you typed is still in the form below: add a name and save again.', 'haven-widgets' ), $i + 1 )
			);
			$typed['unsaved'][] = array_map( 'haven_widgets_textarea', array_filter( $fields, 'is_scalar' ) );
			continue;
		}
		$at = count( $clean['helplines'] );
		foreach ( $problems as $field ) {
			$notice(
				'haven-widgets-helpline-' . $i . '-' . $field,
				sprintf(
					/* translators: 1: a helpline's name, 2: a field's label (Website), 3: the rule it missed. */
					__( '“%1$s”, %2$s: not saved. %3$s What you typed is still in the field.', 'haven-widgets' ),
					$line['name'],
					$labels[ $field ],
					haven_widgets_field_rule( $field )
				)
			);
			$typed['helplines'][ $at ][ $field ] = array(
				'value'  => haven_widgets_text( $row[ $field ] ),
				'reason' => haven_widgets_field_rule( $field ),
			);
		}
		foreach ( array( 'chat', 'web' ) as $field ) {
			$raw = isset( $row[ $field ] ) && is_scalar( $row[ $field ] ) ? trim( (string) $row[ $field ] ) : '';
			if ( '' !== $line[ $field ] && ! preg_match( '#^https?://#i', $raw ) ) {
				/* translators: %s: a web address. */
				$note = sprintf( __( 'Saved as %s: check that it opens.', 'haven-widgets' ), $line[ $field ] );
				$notice(
					'haven-widgets-helpline-' . $i . '-' . $field . '-scheme',
					/* translators: 1: a helpline's name, 2: a field's label (Website), 3: what was done. */
					sprintf( __( '“%1$s”, %2$s: %3$s', 'haven-widgets' ), $line['name'], $labels[ $field ], $note ),
					'info'
				);
				$typed['helplines'][ $at ][ $field ] = array( 'note' => $note );
			}
		}
		$clean['helplines'][] = $line;
	}
	$clean['helplines'] = array_slice( $clean['helplines'], 0, 200 );

	$top_labels = array(
		'emergency_number' => __( 'Emergency number', 'haven-widgets' ),
		'exit_href'        => __( 'Where it leads', 'haven-widgets' ),
		'exit_safety_href' => __( 'Safety page', 'haven-widgets' ),
		'accent'           => __( 'Accent colour', 'haven-widgets' ),
	);
	$refuse = function ( $key, $raw ) use ( &$typed, $notice, $top_labels ) {
		$notice(
			'haven-widgets-' . $key,
			/* translators: 1: a field's label (Safety page), 2: the rule it missed. */
			sprintf( __( '%1$s: not saved. %2$s What you typed is still in the field.', 'haven-widgets' ), $top_labels[ $key ], haven_widgets_field_rule( $key ) )
		);
		$typed['fields'][ $key ] = array(
			'value'  => $raw,
			'reason' => haven_widgets_field_rule( $key ),
		);
	};

	$emergency                 = isset( $input['emergency_number'] ) ? haven_widgets_text( $input['emergency_number'] ) : '';
	$clean['emergency_number'] = haven_widgets_phone( $emergency );
	if ( '' === $clean['emergency_number'] && '' !== $emergency ) {
		$refuse( 'emergency_number', $emergency );
	}

	$clean['exit_enabled']  = ! empty( $input['exit_enabled'] );
	$clean['exit_shortcut'] = ! empty( $input['exit_shortcut'] );
	foreach ( array( 'exit_href', 'exit_safety_href' ) as $key ) {
		$raw           = isset( $input[ $key ] ) ? haven_widgets_text( $input[ $key ] ) : '';
		$clean[ $key ] = haven_widgets_url_setting( $raw );
		if ( '' === $clean[ $key ] && '' !== $raw ) {
			$refuse( $key, $raw );
		} elseif ( '' !== $raw && ! haven_widgets_is_site_path( $raw ) && ! preg_match( '#^https?://#i', $raw ) ) {
			/* translators: %s: a web address. */
			$note = sprintf( __( 'Saved as %s: check that it opens.', 'haven-widgets' ), $clean[ $key ] );
			/* translators: 1: a field's label (Safety page), 2: what was done. */
			$notice( 'haven-widgets-' . $key . '-scheme', sprintf( __( '%1$s: %2$s', 'haven-widgets' ), $top_labels[ $key ], $note ), 'info' );
			$typed['fields'][ $key ] = array( 'note' => $note );
		}
	}

	$clean['theme']    = haven_widgets_enum( isset( $input['theme'] ) ? $input['theme'] : '', array( 'site', 'light', 'dark', 'visitor' ), 'site' );
	$clean['language'] = haven_widgets_enum( isset( $input['language'] ) ? $input['language'] : '', HAVEN_WIDGETS_LOCALES, '' );

	$accent = isset( $input['accent'] ) ? trim( haven_widgets_text( $input['accent'] ) ) : '';
	$hex    = '' !== $accent && '#' !== $accent[0] ? '#' . $accent : $accent;
	$clean['accent'] = strtolower( (string) sanitize_hex_color( $hex ) );
	if ( '' === $clean['accent'] && '' !== $accent && '#' !== $accent ) {
		$refuse( 'accent', $accent );
	} elseif ( '' !== $clean['accent'] ) {
		$used   = haven_widgets_accent_colours( $clean['accent'] );
		$global = haven_widgets_global_theme( $clean['theme'] );
		$shades = array(
			/* translators: 1: the colour chosen, 2: the colour used instead. */
			'light' => __( 'Accent colour: %1$s is hard to read as text on the widgets’ light background, so links and buttons there use %2$s (contrast at least 4.5:1, shown beside the field).', 'haven-widgets' ),
			/* translators: 1: the colour chosen, 2: the colour used instead. */
			'dark'  => __( 'Accent colour: %1$s is hard to read as text on the widgets’ dark background, so links and buttons there use %2$s (contrast at least 4.5:1, shown beside the field).', 'haven-widgets' ),
		);
		foreach ( $shades as $theme => $message ) {
			if ( $used[ $theme ] !== $clean['accent'] && ( 'auto' === $global || $theme === $global ) ) {
				$notice( 'haven-widgets-accent-' . $theme, sprintf( $message, $clean['accent'], $used[ $theme ] ), 'info' );
			}
		}
	}

	haven_widgets_typed( $typed );
	return $clean;
}

/**
 * A WordPress locale ("es_ES", "pt_BR", "de_DE_formal") as one of the widgets' locales, else
 * English.
 *
 * @param string $wp_locale A WordPress locale.
 * @return string
 */
function haven_widgets_map_locale( $wp_locale ) {
	$parts = preg_split( '/[_-]/', strtolower( (string) $wp_locale ) );
	return in_array( $parts[0], HAVEN_WIDGETS_LOCALES, true ) ? $parts[0] : 'en';
}

/**
 * The widgets' language: the setting, else the site's own language.
 *
 * @return string
 */
function haven_widgets_locale() {
	$chosen = haven_widgets_settings()['language'];
	return in_array( $chosen, HAVEN_WIDGETS_LOCALES, true ) ? $chosen : haven_widgets_map_locale( get_locale() );
}

/**
 * Relative luminance of a #rgb or #rrggbb colour (WCAG), or null for anything else.
 *
 * @param string $hex A colour.
 * @return float|null
 */
function haven_widgets_luminance( $hex ) {
	$hex = ltrim( (string) $hex, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	if ( ! preg_match( '/^[0-9a-f]{6}$/i', $hex ) ) {
		return null;
	}
	$l = array();
	foreach ( str_split( $hex, 2 ) as $pair ) {
		$c   = hexdec( $pair ) / 255;
		$l[] = $c <= 0.03928 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
	}
	return 0.2126 * $l[0] + 0.7152 * $l[1] + 0.0722 * $l[2];
}

/**
 * WCAG contrast ratio of two colours (1 when either is not a hex colour).
 *
 * @param string $a A colour.
 * @param string $b Another.
 * @return float
 */
function haven_widgets_contrast( $a, $b ) {
	$la = haven_widgets_luminance( $a );
	$lb = haven_widgets_luminance( $b );
	if ( null === $la || null === $lb ) {
		return 1.0;
	}
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}

/**
 * Whether the site's own background is light or dark: the theme.json background of a block
 * theme (through its palette), else a classic theme's background colour. Light when unknown.
 *
 * @return string 'light' or 'dark'.
 */
function haven_widgets_site_theme() {
	static $theme = null;
	if ( null !== $theme ) {
		return $theme;
	}
	$color = '';
	if ( function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() && function_exists( 'wp_get_global_styles' ) ) {
		$color = wp_get_global_styles( array( 'color', 'background' ) );
		$color = is_string( $color ) ? $color : '';
		if ( preg_match( '/(?:preset\|color\||--wp--preset--color--)([a-z0-9_-]+)/i', $color, $match ) ) {
			$color   = '';
			$palette = wp_get_global_settings( array( 'color', 'palette' ) );
			foreach ( array( 'custom', 'theme', 'default' ) as $origin ) {
				foreach ( isset( $palette[ $origin ] ) && is_array( $palette[ $origin ] ) ? $palette[ $origin ] : array() as $entry ) {
					if ( '' === $color && isset( $entry['slug'], $entry['color'] ) && $entry['slug'] === $match[1] ) {
						$color = $entry['color'];
					}
				}
			}
		}
	} elseif ( function_exists( 'get_background_color' ) ) {
		$color = '#' . get_background_color();
	}
	$luminance = haven_widgets_luminance( trim( $color ) );
	$theme     = null !== $luminance && $luminance < 0.179 ? 'dark' : 'light';
	return $theme;
}

/**
 * Whether the active theme has a dark mode of its own that each visitor's browser turns on
 * (Twenty Twenty-One's, when its Customizer option is on): it marks the page with the class
 * `is-dark-theme`, which the plugin's stylesheet follows. Themes that do the same can say so
 * through the `haven_widgets_theme_dark_mode` filter.
 *
 * @return bool
 */
function haven_widgets_theme_dark_mode() {
	$twenty_twenty_one = 'twentytwentyone' === get_template() && get_theme_mod( 'respect_user_color_preference', false ) && 'light' === haven_widgets_site_theme();
	/**
	 * Whether the theme darkens its pages in the visitor's browser with `is-dark-theme` on the body.
	 *
	 * @param bool $dark_mode What the plugin found.
	 */
	return (bool) apply_filters( 'haven_widgets_theme_dark_mode', $twenty_twenty_one );
}

/**
 * The theme every widget gets unless its block chooses another: `light` or `dark` (as chosen,
 * or the site's own), or `auto`: each visitor's system ("visitor"), or the theme's own dark
 * mode where it has one (see haven_widgets_theme_dark_mode()).
 *
 * @param string|null $setting The theme setting; the saved one when null.
 * @return string
 */
function haven_widgets_global_theme( $setting = null ) {
	if ( null === $setting ) {
		$setting = haven_widgets_settings()['theme'];
	}
	switch ( $setting ) {
		case 'light':
		case 'dark':
			return $setting;
		case 'visitor':
			return 'auto';
		default:
			// A theme with its own dark mode: light until the page says it is dark.
			return haven_widgets_theme_dark_mode() ? 'auto' : haven_widgets_site_theme();
	}
}

/**
 * The theme attribute of one widget: its block's choice, else the site-wide one.
 *
 * @param mixed $own A block's or shortcode's `theme` ('', light, dark, visitor).
 * @return string light, dark or auto.
 */
function haven_widgets_theme( $own = '' ) {
	$own = haven_widgets_enum( $own, array( 'light', 'dark', 'visitor' ), '' );
	return '' === $own ? haven_widgets_global_theme() : haven_widgets_global_theme( $own );
}
